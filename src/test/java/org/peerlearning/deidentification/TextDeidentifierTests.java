package org.peerlearning.deidentification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class TextDeidentifierTests {

    private static final TextDeidentifier DEID = TextDeidentifier.withSecret("tests");

    private static String tags(String text) {
        return DEID.deidentify(text, KnownIdentifiers.none(), TextDeidentificationMode.TAGS).text();
    }

    @Test
    void eponymsSurviveDeidentification() {
        String report = "History of Hodgkin lymphoma and Crohn disease. Free fluid in Morison pouch. "
                + "A Baker cyst and a Baker's cyst. Graves disease. Parkinson. Alzheimer. Wilms tumor. "
                + "Colles fracture. Barrett esophagus. BI-RADS 4. Bosniak 2F. LI-RADS 3. TI-RADS 4. "
                + "Disc bulge at L4-L5 and C5-C6. See series 3 image 45. Mass 3.2 x 1.5 cm. K 3.9, Cr 88.";
        assertThat(tags(report)).isEqualTo(report);
    }

    @Test
    void aDoctorNamedLikeAnEponymIsStillFound() {
        assertThat(tags("Discussed with Dr. Parkinson.")).isEqualTo("Discussed with Dr. [CLINICIAN NAME].");
    }

    @Test
    void anOhipNumberWithVersionCodeIsFound() {
        List<PhiFinding> found = DEID.find("Health card 1234-567-890-AB on file.", KnownIdentifiers.none());
        assertThat(found).containsExactly(new PhiFinding(12, 27, PhiCategory.OHIP));
        assertThat(tags("OHIP 1234 567 890 verified")).isEqualTo("OHIP [OHIP] verified");
    }

    @Test
    void theExamsOwnPatientNameIsFoundEvenWhenUncommon() {
        String text = "Yzoldeh Zbyszewski tolerated the exam. ZBYSZEWSKI has no prior imaging.";
        assertThat(tags(text)).contains("Yzoldeh");
        KnownIdentifiers known = KnownIdentifiers.ofPatient("ZBYSZEWSKI^YZOLDEH", "7785512");
        String out = DEID.deidentify(text, known, TextDeidentificationMode.TAGS).text();
        assertThat(out).isEqualTo("[PATIENT NAME] tolerated the exam. [PATIENT NAME] has no prior imaging.");
    }

    @Test
    void structuredIdentifiersAreFound() {
        String out = tags("MRN: 4485868. Call 416-555-0199 or a.b@example.ca. Lives at 12 Maple Street, "
                + "Toronto ON M5K 2B7. Study UID 1.2.840.113619.2.55.3. Exam on 2024-03-05 and Jun 02 1997. Age 93 yo.");
        assertThat(out).isEqualTo("MRN: [MRN]. Call [PHONE] or [EMAIL]. Lives at [ADDRESS], "
                + "[LOCATION] ON [POSTAL CODE]. Study UID [UID]. Exam on [DATE] and [DATE]. Age [AGE] yo.");
    }

    @Test
    void youngerAgesAndClinicalNumbersStay() {
        String text = "58 yo woman, BP 120/80, strength 5/5, PSV 10/5, rales 1/3 up. Pain 3/10.";
        assertThat(tags(text)).isEqualTo(text);
    }

    @Test
    void datesShiftConsistentlyWithinACase() {
        String text = "CT on 2024-03-05; prior on 2024-02-20 and 3/1/2024.";
        TextDeidentificationResult one = DEID.deidentify(text, KnownIdentifiers.none(), TextDeidentificationMode.SURROGATES, "case-1");
        TextDeidentificationResult again = DEID.deidentify("Follow-up of 2024-03-05.", KnownIdentifiers.none(),
                TextDeidentificationMode.SURROGATES, "case-1");
        List<String> dates = isoDates(one.text());
        assertThat(dates).hasSize(2).doesNotContain("2024-03-05", "2024-02-20");
        long interval = java.time.temporal.ChronoUnit.DAYS.between(java.time.LocalDate.parse(dates.get(1)),
                java.time.LocalDate.parse(dates.get(0)));
        assertThat(interval).isEqualTo(14);
        assertThat(isoDates(again.text())).containsExactly(dates.get(0));
        assertThat(one.text()).containsPattern("\\d{1,2}/\\d{1,2}/\\d{4}\\.$");
        String otherCase = DEID.deidentify(text, KnownIdentifiers.none(), TextDeidentificationMode.SURROGATES, "case-2").text();
        assertThat(otherCase).isNotEqualTo(one.text());
    }

    @Test
    void surrogatesAreConsistentWithinACase() {
        String text = "Dr. Okonkwo reviewed. Okonkwo called 416-555-0199. DR. OKONKWO agreed.";
        String out = DEID.deidentify(text, KnownIdentifiers.none(), TextDeidentificationMode.SURROGATES, "case-7").text();
        Matcher m = Pattern.compile("Dr\\. (\\w+) reviewed\\. (\\w+) called ([\\d-]+)\\. DR\\. (\\w+) agreed\\.").matcher(out);
        assertThat(m.matches()).as(out).isTrue();
        assertThat(m.group(1)).isNotEqualTo("Okonkwo").isEqualTo(m.group(2));
        assertThat(m.group(4)).isEqualTo(m.group(1).toUpperCase(java.util.Locale.ROOT));
        assertThat(m.group(3)).matches("\\d{3}-\\d{3}-\\d{4}").isNotEqualTo("416-555-0199");
        String again = DEID.deidentify(text, KnownIdentifiers.none(), TextDeidentificationMode.SURROGATES, "case-7").text();
        assertThat(again).isEqualTo(out);
    }

    @Test
    void findingsAreOffsetsIntoTheInput() {
        String text = "Seen by Dr. Tremblay on 3/4/2021.";
        List<PhiFinding> found = DEID.find(text, KnownIdentifiers.none());
        assertThat(found).extracting(f -> text.substring(f.start(), f.end())).containsExactly("Tremblay", "3/4/2021");
        assertThat(found).extracting(PhiFinding::category).containsExactly(PhiCategory.CLINICIAN_NAME, PhiCategory.DATE);
    }

    private static List<String> isoDates(String text) {
        return Pattern.compile("\\d{4}-\\d{2}-\\d{2}").matcher(text).results().map(r -> r.group()).toList();
    }
}
