package org.peerlearning.bench.deid;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.peerlearning.deidentification.KnownIdentifiers;

/**
 * Synthetic radiology reports written for the benchmark: each template plants PHI in {SLOT}s
 * (whose spans become gold) and eponyms and clinical terms in [[double brackets]] (whose spans
 * must survive). Names are drawn from lists written here, including uncommon ones.
 */
public final class SyntheticReports {

    private static final String[] GIVEN = {"Marie", "Jean-Luc", "Aaliyah", "Oluwaseun", "Priya", "Wei", "Mateusz",
            "Siobhan", "Tomasz", "Ngozi", "Kwame", "Anneliese", "Rosalind", "Dmitri", "Fatima", "Gurpreet", "Thi",
            "Aurelio", "Hamish", "Ingrid", "Yusuf", "Chantal", "Benoit", "Delphine", "Rahim"};
    private static final String[] FAMILY = {"Tremblay", "Okonkwo", "Nguyen", "Kowalczyk", "Gagnon", "Abernathy",
            "Quispe", "Haldorsen", "Wojcik", "Zhao", "Bouchard", "Singh", "Fitzgerald", "Desjardins", "Papadopoulos",
            "Oyelaran", "Lindqvist", "Baptiste", "Kaczmarek", "Thibodeau", "Ramanathan", "MacLeod", "Ouellette",
            "Brzezinski", "Achterberg"};
    private static final String[] FACILITIES = {"Lakeshore General Hospital", "Trillium Health Partners",
            "St. Brigid's Hospital", "Northbay Regional Health Centre", "Humber River Hospital", "Mount Carmel Clinic"};
    private static final String[] STREETS = {"Maple Street", "Queen Street West", "Bloor Street", "Lakeshore Road",
            "Elm Avenue", "Dundas Street East", "Birchmount Road"};
    private static final String[] EPONYMS = {"Hodgkin lymphoma", "Crohn disease", "Morison pouch", "Baker cyst",
            "Graves disease", "Parkinson", "Alzheimer", "Wilms tumor", "Colles fracture", "Barrett esophagus",
            "BI-RADS 4", "Bosniak 2F", "LI-RADS 3", "TI-RADS 4", "L4-L5", "C5-C6", "series 3 image 45",
            "3.2 x 1.5 cm", "Hill-Sachs lesion", "Schmorl node", "Kerley B lines", "Meckel diverticulum",
            "Chiari malformation", "Paget disease", "Osgood-Schlatter", "Lisfranc injury", "Zenker diverticulum",
            "Klatskin tumor", "Hounsfield units", "Fleischner Society", "Segond fracture", "Jones fracture",
            "Baker's cyst", "Crohn's disease", "T12", "S1", "Gleason 7", "Glasgow Coma Scale 14"};
    private static final String[] TEMPLATES = {
            "Patient: {FAMILY}, {GIVEN}   MRN: {MRN}   OHIP: {OHIP}\nExam date: {DATE}\nCT ABDOMEN AND PELVIS\n"
                    + "History: {AGE} year old with known [[E]].\nFindings: Free fluid in [[E]]. A lesion measures [[3.2 x 1.5 cm]] "
                    + "on [[series 3 image 45]]. Findings were discussed with Dr. {FAMILY2} at {PHONE} on {DATE}.\n"
                    + "Dictated by: {GIVEN3} {FAMILY3}, MD\n",
            "MAMMOGRAM BILATERAL\nName: {GIVEN} {FAMILY}  DOB: {DATE}  Accession: {ACC}\nComparison: {DATE}.\n"
                    + "Impression: [[BI-RADS 4]]. Biopsy recommended. Patient informed; contact {EMAIL}.\n"
                    + "Electronically signed by Dr. {GIVEN2} {FAMILY2} on {DATE}\n",
            "MRI LUMBAR SPINE\nPatient {GIVEN} {FAMILY} ({AGE} years), {NUMBER} {STREET}, {CITY} ON {POSTAL}.\n"
                    + "Findings: Disc bulge at [[L4-L5]] and [[C5-C6]] spondylosis. [[E]] noted. Study UID {UID}.\n"
                    + "Referred from {FACILITY}. Report faxed to {PHONE}.\nRadiologist: Dr {FAMILY2}\n",
            "US RENAL\nHx: [[E]]; prior nephrectomy at {FACILITY} in {YEAR}.\nFindings: [[Bosniak 2F]] cyst, "
                    + "no hydronephrosis. [[E]] excluded. Mrs. {FAMILY} was told by Dr. {FAMILY2}.\n"
                    + "Health card {OHIP}; MRN {MRN}. Follow-up on {DATE}.\n{GIVEN3} {FAMILY3}, MD\n",
            "CHEST RADIOGRAPH {DATE}\nClinical: {AGE}-year-old woman, [[E]], [[E]].\nFindings: [[Kerley B lines]]. "
                    + "Compared with {DATE} at {FACILITY}.\nCall back number {PHONE}. Accession {ACC}.\n"
                    + "Reviewed with {GIVEN2} {FAMILY2} (resident). Signed: Dr. {GIVEN3} {FAMILY3}\n"};

    private SyntheticReports() {
    }

    public static List<LabelledDocument> generate(int count, long seed) {
        Random random = new Random(seed);
        List<LabelledDocument> docs = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            docs.add(one("synthetic-" + n, TEMPLATES[n % TEMPLATES.length], random));
        }
        return docs;
    }

    private static LabelledDocument one(String id, String template, Random r) {
        String given = pick(GIVEN, r);
        String family = pick(FAMILY, r);
        String mrn = Integer.toString(1000000 + r.nextInt(8999999));
        String accession = "ACC" + (100000 + r.nextInt(899999));
        StringBuilder text = new StringBuilder();
        List<GoldSpan> gold = new ArrayList<>();
        List<GoldSpan> survive = new ArrayList<>();
        Matcher m = Pattern.compile("\\{([A-Z0-9]+)}|\\[\\[([^\\]]+)]]").matcher(template);
        int copied = 0;
        while (m.find()) {
            text.append(template, copied, m.start());
            int start = text.length();
            if (m.group(2) != null) {
                text.append(m.group(2).equals("E") ? pick(EPONYMS, r) : m.group(2));
                survive.add(new GoldSpan(start, text.length(), "CLINICAL"));
            } else {
                String slot = m.group(1);
                String category = category(slot);
                text.append(value(slot, given, family, mrn, accession, r));
                if (category != null) {
                    gold.add(new GoldSpan(start, text.length(), category));
                }
            }
            copied = m.end();
        }
        text.append(template.substring(copied));
        KnownIdentifiers known = new KnownIdentifiers(List.of(family + "^" + given), List.of(), List.of(mrn),
                List.of(accession), List.of());
        return new LabelledDocument(id, text.toString(), gold, known, survive);
    }

    private static String category(String slot) {
        return switch (slot) {
            case "GIVEN", "FAMILY" -> "PATIENT_NAME";
            case "GIVEN2", "FAMILY2", "GIVEN3", "FAMILY3" -> "CLINICIAN_NAME";
            case "NUMBER", "STREET" -> "ADDRESS";
            case "CITY" -> "LOCATION";
            case "ACC" -> "ACCESSION";
            default -> slot;
        };
    }

    private static String value(String slot, String given, String family, String mrn, String accession, Random r) {
        return switch (slot) {
            case "GIVEN" -> given;
            case "FAMILY" -> family;
            case "GIVEN2", "GIVEN3" -> pick(GIVEN, r);
            case "FAMILY2", "FAMILY3" -> pick(FAMILY, r);
            case "MRN" -> mrn;
            case "ACC" -> accession;
            case "OHIP" -> String.format("%04d-%03d-%03d%s", r.nextInt(10000), r.nextInt(1000), r.nextInt(1000),
                    r.nextBoolean() ? "-" + (char) ('A' + r.nextInt(26)) + (char) ('A' + r.nextInt(26)) : "");
            case "PHONE" -> String.format(r.nextBoolean() ? "(%03d) %03d-%04d" : "%03d-%03d-%04d", 200 + r.nextInt(700),
                    200 + r.nextInt(700), r.nextInt(10000));
            case "DATE" -> date(r);
            case "YEAR" -> Integer.toString(1990 + r.nextInt(35));
            case "AGE" -> Integer.toString(90 + r.nextInt(15));
            case "NUMBER" -> Integer.toString(1 + r.nextInt(2999));
            case "STREET" -> pick(STREETS, r);
            case "CITY" -> pick(new String[] {"Toronto", "Mississauga", "Hamilton", "Oshawa", "Barrie", "Kingston"}, r);
            case "POSTAL" -> "M" + r.nextInt(10) + "K " + r.nextInt(10) + "B" + r.nextInt(10);
            case "FACILITY" -> pick(FACILITIES, r);
            case "UID" -> "1.2.840.113619.2." + r.nextInt(100000) + "." + r.nextInt(1000000) + "." + r.nextInt(1000);
            case "EMAIL" -> given.toLowerCase().replace("-", "") + "." + family.toLowerCase() + "@example.ca";
            default -> throw new IllegalArgumentException(slot);
        };
    }

    private static String date(Random r) {
        int y = 1995 + r.nextInt(30);
        int mo = 1 + r.nextInt(12);
        int d = 1 + r.nextInt(28);
        String[] months = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
        return switch (r.nextInt(5)) {
            case 0 -> String.format("%d-%02d-%02d", y, mo, d);
            case 1 -> String.format("%02d/%02d/%d", mo, d, y);
            case 2 -> String.format("%s %d, %d", months[mo - 1], d, y);
            case 3 -> String.format("%d %s %d", d, months[mo - 1], y);
            default -> String.format("%d/%d", mo, d);
        };
    }

    private static String pick(String[] values, Random r) {
        return values[r.nextInt(values.length)];
    }
}
