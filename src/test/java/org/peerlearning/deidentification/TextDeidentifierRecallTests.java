package org.peerlearning.deidentification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The rules that trade a little precision for recall: cues, gazetteers and date shapes. */
class TextDeidentifierRecallTests {

    private static final TextDeidentifier DEID = TextDeidentifier.withSecret("recall");

    private static String tags(String text) {
        return DEID.deidentify(text, KnownIdentifiers.none(), TextDeidentificationMode.TAGS).text();
    }

    @Test
    void townsOfThePublicGazetteerAreFoundInAnyCaseButLowerCaseProse() {
        assertThat(tags("Daughter drove in from Parry Sound and Kapuskasing yesterday."))
                .isEqualTo("Daughter drove in from [LOCATION] and [LOCATION] yesterday.");
        assertThat(tags("WIFE LIVES NEAR SAULT STE. MARIE AND WORKS IN TIMMINS."))
                .contains("NEAR [LOCATION]").contains("IN [LOCATION]");
        assertThat(tags("Plan: keep the foley, recheck lytes, spiro hourly. Foley draining well."))
                .isEqualTo("Plan: keep the foley, recheck lytes, spiro hourly. Foley draining well.");
    }

    @Test
    void languagesAreNotPlaces() {
        String text = "She speaks only Portuguese and answers in Farsi at times.";
        assertThat(tags(text)).isEqualTo(text);
    }

    @Test
    void aRelativesNameIsFoundWhateverItsCase() {
        assertThat(tags("spoke with husband radovan about the plan.")).isEqualTo("spoke with husband [NAME] about the plan.");
        assertThat(tags("NIECE-> TAMSYN AT BEDSIDE, BROTHER OLUFEMI CALLED.")).isEqualTo(
                "NIECE-> [NAME] AT BEDSIDE, BROTHER [NAME] CALLED.");
        assertThat(tags("Wife updated, husband CEO of the family firm.")).doesNotContain("[NAME]");
    }

    @Test
    void givenNamesJoinedToANameAreNamesEvenWhenEnglishWords() {
        assertThat(tags("Proxies are daughter Marisol and Rusty, both aware."))
                .isEqualTo("Proxies are daughter [NAME] and [NAME], both aware.");
    }

    @Test
    void aLabelledPatientNameMayStartWithTheFamilyName() {
        assertThat(tags("Patient: Adeyemi, Chukwuemeka   MRN: 5551234")).startsWith("Patient: [PATIENT NAME]   MRN:");
    }

    @Test
    void twoDigitYearsAfterAnEventOfTheHistoryAreDates() {
        assertThat(tags("PMH: CABG 97, MI in 88; CVA 91. Grade 2 MR. SATS IN 92%."))
                .isEqualTo("PMH: CABG [DATE], MI in [DATE]; CVA [DATE]. Grade 2 MR. SATS IN 92%.");
    }

    @Test
    void dateRangesAndHolidaysAreDates() {
        assertThat(tags("Chemo 3/14-3/18, xrt 4/02/4/09, last seen 6/11.99 and home for Thanksgiving."))
                .isEqualTo("Chemo [DATE]-[DATE], xrt [DATE], last seen [DATE] and home for [DATE].");
        assertThat(tags("PS 10/5 with PEEP 5, strength 5/5 and 4/5.")).doesNotContain("[DATE]");
    }

    @Test
    void initialsOfAMedicalCentreAndWardsWithTheirNumberAreFound() {
        assertThat(tags("TO BE SEEN BY HCMC TEAM. ADMITTED TO ZELLWEGER4 FROM ER."))
                .isEqualTo("TO BE SEEN BY [FACILITY] TEAM. ADMITTED TO [LOCATION] FROM ER.");
        assertThat(tags("Remains on combiventQ4 nebs.")).isEqualTo("Remains on combiventQ4 nebs.");
    }

    @Test
    void aSaintsInitialAfterAnAtSignIsAFacility() {
        assertThat(tags("Has a bed @ St B. next week.")).isEqualTo("Has a bed @ [FACILITY]. next week.");
    }

    @Test
    void aDoctorsNameIsFoundInAnyCase() {
        assertThat(tags("Dr. o brien and dr. white aware.")).isEqualTo("Dr. [CLINICIAN NAME] and dr. [CLINICIAN NAME] aware.");
    }
}
