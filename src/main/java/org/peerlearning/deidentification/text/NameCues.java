package org.peerlearning.deidentification.text;

import java.util.List;
import java.util.Set;

/**
 * The words {@link NameRules} reads as context around people's names: titles, roles, credentials,
 * relatives, the verbs of contacting someone, and the words that look like names there but are not.
 */
final class NameCues {

    static final Set<String> CLINICIAN_TITLES = Set.copyOf(List.of("dr", "drs", "dr's", "drs'", "doctor", "dre", "prof", "professor"));

    static final Set<String> PERSON_TITLES = Set.copyOf(List.of("mr", "mrs", "ms", "miss", "mme", "mlle", "mister"));

    static final Set<String> ROLES = Set.copyOf(List.of("nurse", "rn", "np", "resident", "intern", "attending", "fellow",
            "pcp", "caseworker", "manager", "worker", "sw", "ho", "physician", "physicians", "surgeon", "cardiologist",
            "neurologist", "nephrologist", "oncologist", "radiologist", "intensivist", "hospitalist", "pharmacist",
            "therapist", "chaplain", "coordinator", "named", "staff", "technologist", "tech", "sonographer",
            "dictated", "signed", "reviewed", "read", "reported", "transcribed", "cc", "copy", "referring",
            "requested", "ordering", "infirmière", "médecin", "radiologiste", "rabbi", "priest", "pastor", "reverend",
            "rev", "imam", "minister", "md", "mgr", "docter", "doc", "ho", "officer", "nocturnist", "dietitian", "dietician",
            "nutritionist", "md's", "mds", "psychiatrist", "psychologist", "anesthesiologist", "consultant", "provider", "practitioner",
            "interpreter", "translator", "liaison", "midwife", "paramedic", "aide"));

    /** Roles that are people (not verbs such as "signed"): an unknown word after one is a name in any case. */
    static final Set<String> PERSON_ROLES = Set.copyOf(List.of("nurse", "rn", "np", "resident", "intern", "attending",
            "fellow", "caseworker", "manager", "worker", "sw", "physician", "surgeon", "staff", "therapist", "chaplain",
            "coordinator", "mgr", "nocturnist", "hospitalist", "intensivist", "cardiologist", "neurologist",
            "nephrologist", "oncologist", "pharmacist", "technologist", "tech", "dietitian", "dietician", "nutritionist"));

    /**
     * Verbs after which the next word names the person contacted or who acted: "spoke with
     * Hernandez", "paged Lindqvist", "d/w Ramirez", "seen by Kowalczyk", "per Fitzgerald".
     */
    static final Set<String> CONTACT_VERBS = Set.copyOf(List.of("spoke", "speak", "spoken", "talked", "talk",
            "discussed", "met", "meet", "conferred", "paged", "page", "called", "notified", "informed", "updated",
            "contacted", "per", "consulted", "reached", "phoned", "texted", "emailed", "messaged", "told", "asked", "work",
            "working", "worked"));

    /** Verbs followed by "by" and the person: "seen by", "evaluated by", "pronounced by". */
    static final Set<String> DONE_BY = Set.copyOf(List.of("seen", "evaluated", "followed", "examined", "assessed",
            "visited", "managed", "performed", "placed", "pronounced", "ordered", "reviewed", "consulted", "covered",
            "inserted", "removed", "done", "checked", "reassessed", "interviewed", "accompanied", "intubated",
            "extubated", "signed", "written", "okayed", "ok'd", "approved", "cleared", "aware", "treated", "assumed",
            "relieved"));

    static final Set<String> VISITS = Set.copyOf(List.of("see", "evaluate", "eval", "assess", "examine", "check",
            "talk", "speak", "discuss", "round", "consult"));

    /** Capitalised words after a contact verb that name a group or a thing, not a person. */
    static final Set<String> NOT_CONTACTS = Set.copyOf(List.of("house", "family", "team", "case", "unit", "floor",
            "charge", "staff", "doctor", "nurse", "nursing", "admitting", "blood", "bank", "lab", "pharmacy", "social",
            "security", "chaplain", "surgery", "medicine", "respiratory", "physical", "occupational", "speech", "transplant",
            "wound", "care", "ostomy", "infection", "control", "renal", "cardiac", "cardiology", "neurology", "psychiatry",
            "primary", "covering", "on", "night", "day", "evening", "morning", "patient", "pt", "home", "service", "services",
            "interpreter", "transport", "rehab", "hospice", "early", "late", "long", "short", "little", "major", "minor", "best", "good", "well", "will", "may", "can",
            "mark", "page", "hope", "faith", "joy", "rose", "summer", "winter", "spring", "fall", "chase", "grant",
            "bill", "art", "rich", "sharp", "strong", "stern", "swift", "gay", "love", "christian", "god", "lord"));

    /** What a person is after being told something: "Lindqvist aware", "Petrovic notified". */
    static final Set<String> TOLD = Set.copyOf(List.of("aware", "notified", "informed", "updated", "paged",
            "called", "made", "consulted", "contacted"));

    /** Given names that are also everyday words right after a relative: "wife will call". */
    static final Set<String> NOT_AFTER_RELATIVE = Set.copyOf(List.of("will", "may", "can", "hope", "mark",
            "bill", "art", "pat", "don", "sue", "grant", "said", "called", "visited", "aware", "here", "home", "last",
            "came", "did", "does", "also", "still", "now", "not", "and", "the",
            "habite", "vit", "demeure", "réside", "travaille", "vient", "viendra", "appelle", "appelé", "appelée", "passe",
            "visite", "arrive", "sera", "était", "avait", "aussi", "encore"));

    /** What follows a relative without being a name: "husband CEO of", "wife HCP". */
    static final Set<String> NEVER_AFTER_RELATIVE = Set.copyOf(List.of("ceo", "hcp", "poa", "md", "rn", "np", "phd",
            "esq", "jr", "sr", "etoh", "pmd", "pcp", "dds", "cpa"));

    static final Set<String> RELATIVES = Set.copyOf(List.of("wife", "husband", "son", "sons", "daughter", "daughters",
            "dtr", "dau", "sister", "sisters", "brother", "brothers", "mother", "mom", "father", "dad", "niece", "nephew",
            "grandson", "granddaughter", "grandaughter", "grandchild", "aunt", "uncle", "cousin", "friend", "fiance",
            "fiancee", "partner", "spouse", "boyfriend", "girlfriend", "neighbor", "neighbour", "caregiver", "proxy",
            "hcp", "guardian", "sibling", "stepson", "stepdaughter", "law", "person", "sis", "bro",
            "épouse", "époux", "fils", "fille", "soeur", "frère", "mère", "père"));

    static final Set<String> CREDENTIALS = Set.copyOf(List.of("rn", "rrt", "crt", "md", "np", "sw", "licsw", "msw", "rd",
            "slp", "pharmd", "rph", "cns", "bsn", "rt", "mrt", "frcpc", "phd", "m.d", "cnp", "lpn", "rpn", "ccrn", "otr", "lcsw",
            "aprn", "acnp", "fnp", "rnc", "msn", "cnm", "rnbsn", "rrt's", "sn", "cna", "lmsw", "rcp", "crtt", "srn"));

    static final Set<String> AFTER_SUBJECT = Set.copyOf(List.of("is", "was", "has", "had", "to", "will", "remains",
            "and", "with", "states", "denies", "received", "tolerated", "continues", "in", "at", "c", "s", "did", "does",
            "would", "wants", "arrived", "came", "presented", "underwent", "reports", "fair", "stable", "awake", "alert"));

    /** Services whose staff are named before "from": "Eileen from case management", "mary kondouli from speech". */
    static final Set<String> SERVICES = Set.copyOf(List.of("case", "social", "speech", "pt", "ot", "physical",
            "occupational", "nutrition", "pharmacy", "respiratory", "rt", "sw", "cm", "chaplaincy", "pastoral", "palliative",
            "hospice", "wound", "ostomy", "psych", "psychiatry", "cardiology", "renal", "nephrology", "neurology", "gi",
            "id", "ortho", "surgery", "transplant", "ccu", "micu", "sicu", "team", "admitting", "nursing", "vna", "interpreter"));

    static final Set<String> PERSON_FOLLOWERS = Set.copyOf(List.of("from", "re", "regarding", "about", "rn", "md",
            "np", "who"));

    /** Adverbs and pronouns that sit where a name would: "resident now aware", "talked to someone from case management". */
    static final Set<String> NOT_NAMES = Set.of("now", "already", "still", "fully",
            "both", "again", "immediately", "promptly", "just", "then", "later", "verbally", "personally", "previously",
            "been", "being", "remains", "kept", "all", "each", "every", "more", "most", "well", "very", "someone",
            "somebody", "anyone", "anybody", "everyone", "everybody", "nobody", "people", "person", "rep",
            "representative", "one", "two", "several", "many", "others", "other");

    private NameCues() {
    }
}
