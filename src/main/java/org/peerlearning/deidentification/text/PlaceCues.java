package org.peerlearning.deidentification.text;

import java.util.List;
import java.util.Set;

/**
 * The words {@link PlaceRules} reads as context around places: what heads a facility's name, how
 * people move to and from places, and the wards, services and specialties that are no places.
 */
final class PlaceCues {

    static final Set<String> FACILITY_HEADS = Set.copyOf(List.of("hospital", "hosp", "hospitals", "hospiatal", "hosptial",
            "clinic", "memorial", "rehab", "rehabilitation", "house", "campus", "infirmary", "hospice", "centre",
            "center", "manor", "lodge", "villa", "sanatorium", "hôpital", "hopital", "clinique", "institute", "home",
            "living", "healthcare", "health"));

    /** Ordinary words that are nevertheless common in facility names. */
    static final Set<String> FACILITY_WORDS = Set.copyOf(List.of("holy", "cross", "sacred", "heart", "saint", "st", "ste",
            "mount", "mt", "general", "memorial", "regional", "university", "community", "county", "city", "royal",
            "children's", "women's", "north", "south", "east", "west", "northern", "southern", "eastern", "western",
            "valley", "lake", "lakeshore", "bay", "river", "square", "park", "grove", "hill", "hills", "point",
            "harbor", "harbour", "shore", "good", "samaritan", "mercy", "union", "grace", "providence", "trinity",
            "baptist", "methodist", "presbyterian", "lutheran", "adventist", "jewish", "veterans", "sinai", "scarborough",
            "mary's", "joseph's", "michael's", "queen", "queensway", "credit", "abbey", "gardens", "village", "pines", "oaks",
            "woods", "terrace", "commons", "meadows", "estates", "glen", "springs", "ridge", "haven", "crest", "manor"));

    static final Set<String> UNITS = Set.copyOf(List.of("mg", "mcg", "mcq", "ml", "cc", "u", "units", "unit",
            "kg", "l", "lpm", "meq", "hr", "hrs", "mmhg", "g", "gm", "gms", "mcg/kg", "min", "mins", "cm", "mm", "x"));

    static final Set<String> TRAILING = Set.copyOf(List.of("partners", "sciences", "network", "site",
            "medical", "centre", "center", "care", "system", "services"));

    static final Set<String> MOVES = Set.copyOf(List.of("transfer", "transferred", "transfered", "transfering",
            "transferring", "trans", "xfer", "xferred", "tx", "txd", "admitted", "admit", "sent", "taken", "brought",
            "went", "go", "goes", "going", "return", "returned", "returning", "came", "come", "comes", "arrived",
            "discharged", "moved", "referred", "accepted", "screened", "seen", "followed", "lives", "living", "resides",
            "presented", "back", "transport", "transported", "flown", "visited", "visiting", "called", "placement",
            "bed", "rehab", "ambulance", "medflight", "dc'd", "d/c", "c'd", "adm", "ed", "er", "ew", "located", "born", "works", "worked", "employed"));

    static final Set<String> PREPOSITIONS = Set.copyOf(List.of("to", "from", "at", "into", "in", "by", "@", "on"));

    /** What a ward or unit is called: "admitted to 6 West" is not a place. */
    static final Set<String> NOT_PLACES = Set.copyOf(List.of("osh", "floor", "unit", "home", "nh", "snf", "rehab", "ed",
            "er", "or", "icu", "ccu", "micu", "sicu", "csru", "pacu", "cath", "lab", "hospital", "hosp", "room", "bed",
            "ir", "ct", "mri", "us", "ekg", "echo", "bathroom", "chair", "commode", "stepdown", "tele", "telemetry",
            "nursing", "assisted", "cvicu", "tsicu", "nicu", "picu", "cicu", "ward", "clinic", "dialysis", "surgery",
            "endoscopy", "radiology", "angio", "ep", "vicu", "oncology", "hematology", "hospice", "shelter",
            "am", "pm", "noc", "ama", "ems", "us", "usa", "va"));

    /** Capitalised words after "transferred to" that name a service, a ward or a day, not a place. */
    static final Set<String> NOT_PLACE_CAPITALS = Set.copyOf(List.of("medicine", "medical", "surgical", "cardiology",
            "neurology", "oncology", "hematology", "nephrology", "pulmonary", "cardiac", "trauma", "orthopedics", "ortho",
            "psychiatry", "psych", "geriatrics", "pediatrics", "obstetrics", "gynecology", "urology", "dermatology",
            "emergency", "intensive", "critical", "step", "stepdown", "telemetry", "recovery", "rehabilitation",
            "interventional", "radiology", "nuclear", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "today", "tomorrow", "morning", "evening", "night", "hospice", "palliative", "comfort", "long", "skilled",
            "inpatient", "outpatient", "acute", "chronic", "general", "regular", "private", "isolation", "labor", "delivery",
            "operating", "holding", "post", "pre", "same", "short", "floor", "unit", "home", "room", "ward", "bed", "chair",
            "vascular", "internal", "family", "thoracic", "cardiothoracic", "infectious", "plastic", "neuro", "transplant",
            "colorectal", "endocrine", "burn", "hand", "spine", "stroke", "heart", "lung", "kidney", "liver", "brain", "cancer"));

    /** Words after a capitalised word that make it a service or a ward: "Vascular Surgery", "Internal Medicine". */
    static final Set<String> SERVICE_HEADS = Set.copyOf(List.of("surgery", "medicine", "service", "services", "team",
            "unit", "icu", "floor", "ward", "clinic", "lab", "radiology", "department", "dept", "program", "consult"));

    /** The name of a medical specialty: "Gastroenterology", "Orthopaedics", "Psychiatry", "Pediatrics". */
    static boolean specialty(String w) {
        return w.length() >= 7 && (w.endsWith("ology") || w.endsWith("ologie") || w.endsWith("iatry") || w.endsWith("iatrics")
                || w.endsWith("pedics") || w.endsWith("paedics") || w.endsWith("ology's"));
    }

    /** Words after which "of"/"at"/"for" names an employer: "CEO of IBM", "works for Verizon", "retired from GM". */
    static final Set<String> EMPLOYMENT = Set.copyOf(List.of("ceo", "cfo", "president", "owner", "employee",
            "employed", "works", "worked", "working", "retired", "job", "career", "engineer", "teacher", "professor",
            "manager", "executive", "director", "founder", "partner", "volunteer", "volunteers"));

    /** Moves that are followed by a place, not a ward or a test: "transferred to", "sent to", "lives in". */
    static final Set<String> STRONG_MOVES = Set.copyOf(List.of("transfer", "transferred", "transfered", "transfering",
            "transferring", "xfer", "xferred", "txd", "sent", "lives", "living", "resides", "admitted", "came", "presented",
            "born", "works", "worked", "employed", "followed", "accepted", "referred", "medflight", "flown", "returning",
            "arrived", "adm", "taken", "brought", "went", "discharged", "d/c'd", "dc'd", "transport", "transported"));

    private PlaceCues() {
    }
}
