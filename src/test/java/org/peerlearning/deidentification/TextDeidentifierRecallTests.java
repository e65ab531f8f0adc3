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

    @Test
    void aNameAfterSpokeWithOrDiscussedWithIsAPersonsName() {
        assertThat(tags("Spoke with Hernandez re lasix. d/w Ramirez, plan to hold heparin."))
                .isEqualTo("Spoke with [NAME] re lasix. d/w [NAME], plan to hold heparin.");
        assertThat(tags("Pt seen by Kowalczyk from ortho today; paged Lindqvist x2."))
                .isEqualTo("Pt seen by [NAME] from ortho today; paged [NAME] x2.");
        assertThat(tags("Spoke with Cardiology and Renal, paged Ortho.")).doesNotContain("[");
    }

    @Test
    void aNameBeforeAwareOrNotifiedIsAPersonsName() {
        assertThat(tags("BP 80s. Lindqvist aware. Petrovic notified.")).isEqualTo("BP 80s. [NAME] aware. [NAME] notified.");
        assertThat(tags("Team aware, family notified, MD made aware.")).doesNotContain("[");
    }

    @Test
    void namesAfterASlashOrInAListAreNamesToo() {
        assertThat(tags("Drs. Abernathy/Lisowski aware.")).startsWith("Drs. [CLINICIAN NAME]/[").doesNotContain("Lisowski");
        assertThat(tags("Pt seen by Szabo, Okoro and Nakamura."))
                .isEqualTo("Pt seen by [NAME], [NAME] and [NAME].");
    }

    @Test
    void aClinicianIsNamedAfterARoleInBracketsOrWithAPossessive() {
        assertThat(tags("Neuro (Bianchi) aware. Szabo's team to see pt. Case mgr Delacroix following."))
                .isEqualTo("Neuro ([CLINICIAN NAME]) aware. [CLINICIAN NAME] team to see pt. Case mgr [CLINICIAN NAME] following.");
        assertThat(tags("CT surgery resident kimura in to see pt.")).isEqualTo("CT surgery resident [CLINICIAN NAME] in to see pt.");
        assertThat(tags("BP DOWN TO 80/40. HOUSE STAFF WENDRAKOV AWARE.")).contains("HOUSE STAFF [CLINICIAN NAME] AWARE");
    }

    @Test
    void aSurnameThatIsAlsoAClinicalAbbreviationIsANameAfterDr() {
        assertThat(tags("Plan discussed w/ Dr Ng and Dr. Ho.")).isEqualTo("Plan discussed w/ Dr [CLINICIAN NAME] and Dr. [CLINICIAN NAME].");
    }

    @Test
    void staffNamedBeforeFromAServiceAreFound() {
        assertThat(tags("pt alert. marisol quennell from speech and swallow in to eval."))
                .isEqualTo("pt alert. [CLINICIAN NAME] from speech and swallow in to eval.");
    }

    @Test
    void aNameSignedAtTheEndOfANoteIsFound() {
        assertThat(tags("Heparin at 850 u/hr.\nWill cont to monitor. DELPHINE")).endsWith("monitor. [CLINICIAN NAME]");
        assertThat(tags("Heparin at 850 u/hr.\nWill cont to monitor.")).doesNotContain("[");
        assertThat(tags("CXR done. Tramadol")).endsWith("Tramadol");
    }

    @Test
    void aLeadingDashBeforeASignedNameIsHandled() {
        assertThat(tags("-Janet Abernathy RN")).isEqualTo("-[CLINICIAN NAME] RN");
    }

    @Test
    void placesAfterAStrongMoveNeedNotBeInAList() {
        assertThat(tags("PT TRANSFERRED TO WELLBROOKE FOR CATH. Sent to MERIDALE via ambulance."))
                .isEqualTo("PT TRANSFERRED TO [LOCATION] FOR CATH. Sent to [LOCATION] via ambulance.");
        assertThat(tags("Transferred to MICU, then sent to CT and taken to the OR. Son went back to California."))
                .doesNotContain("[");
        assertThat(tags("Had a heart transplant at Wimbourne Abbey. Has a bed @ Fairlawn.")).isEqualTo(
                "Had a heart transplant at [LOCATION]. Has a bed @ [LOCATION].");
    }

    @Test
    void anEmployerAfterCeoOfOrWorksForIsIdentifying() {
        assertThat(tags("HUSBAND CEO OF ZYNTRAX. Daughter works for Quellcorp.")).isEqualTo(
                "HUSBAND CEO OF [LOCATION]. Daughter works for [LOCATION].");
    }

    @Test
    void aFacilityNamedInBracketsAfterItsKindIsFound() {
        assertThat(tags("Pt slated to go to rehab (Meadowlark Pines) today.")).contains("rehab ([FACILITY])");
    }

    @Test
    void fractionsAreDatesOnlyAfterAWordThatDatesSomething() {
        assertThat(tags("LBM 3/4. Extubated 2/3, reintubated 2/4.")).isEqualTo("LBM [DATE]. Extubated [DATE], reintubated [DATE].");
        assertThat(tags("on 1/2 NS at 100cc/hr, ate 3/4 of breakfast, since 1/2 hr.")).doesNotContain("[DATE]");
    }

    @Test
    void aDateRightAfterADatedEventSurvivesAVentilatorSentence() {
        assertThat(tags("MECH VENT VIA TRACH (PLACED 6/10). AC 750 X 10 PEEP 5.")).contains("(PLACED [DATE])");
        assertThat(tags("Vent settings PS 10/5, peep 5.")).doesNotContain("[DATE]");
    }

    @Test
    void ordinalsAfterOnOrSinceTheAreDates() {
        assertThat(tags("Surgery on 3rd. Pt here since the 14th.")).isEqualTo("Surgery on [DATE]. Pt here since the [DATE].");
        assertThat(tags("Remains on 1st step mattress, on the 2nd liter.")).doesNotContain("[DATE]");
    }

    @Test
    void clinicalTermsAndEponymsNearTheNewCuesSurvive() {
        String text = "Murphy sign negative, Homan's sign neg. Seen by surg this PM. Swan Ganz in place. "
                + "Parkinson's disease. Foley draining. Spoke with Neurosurgery.";
        assertThat(tags(text)).isEqualTo(text);
    }

    @Test
    void moreDateShapesAreDates() {
        assertThat(tags("Abx 7/22-25. Bx 3/2002. Seen 12-Oct-2003 and Oct-12. 7/22 BCx pos."))
                .isEqualTo("Abx [DATE]-[DATE]. Bx [DATE]. Seen [DATE] and [DATE]. [DATE] BCx pos.");
        assertThat(tags("2/4 bcx positive, lasix 20-40 mg, 3/4 bottles.")).doesNotContain("[DATE]");
    }

    @Test
    void aTownNamedLikeAnEnglishWordIsAPlaceWhereSomeoneLives() {
        assertThat(tags("Pt lives in Laurel with wife.")).isEqualTo("Pt lives in [LOCATION] with wife.");
        assertThat(tags("LIVES IN BATH WITH SON.")).isEqualTo("LIVES IN [LOCATION] WITH SON.");
        assertThat(tags("Lives in town, in bed most of day. DAUGHTER IN EARLY.")).doesNotContain("[");
    }

    @Test
    void initialsSigningALineAndALowerCaseFamilyNameAfterATitleAreNames() {
        assertThat(tags("Cont to monitor.\nJS RN")).isEqualTo("Cont to monitor.\n[CLINICIAN NAME] RN");
        assertThat(tags("Cont to monitor.\nICU RN")).isEqualTo("Cont to monitor.\nICU RN");
        assertThat(tags("Mr. Santoro hanisch is a 70 y/o male.")).isEqualTo("Mr. [NAME] is a 70 y/o male.");
    }

    @Test
    void aNumberBeforeANameAndAServiceDoesNotBreakTheScan() {
        assertThat(tags("aware 12-Oct-2003 from team PS")).contains("[DATE]");
    }

    @Test
    void noShuffleOfCueWordsMarksAndNumbersBreaksTheScan() {
        String[] pieces = {"Dr", "dr.", "Mr.", "spoke", "with", "d", "/", "w", "paged", "aware", "team", "(", ")", "-", "--", ".",
            ",", "RN", "JS", "Smith", "szabo", "from", "speech", "to", "transferred", "WELLBROOKE", "at", "@", "lives", "in",
            "Laurel", "on", "3rd", "the", "7/22", "-25", "3/4", "LBM", "'", "92", "\n", "son", "and", "Okoro", "hospital",
            "rehab", "CEO", "of", "IBM", "family", "Mrs", "Needles", "'s", "5/5", "PS", "12-Oct-2003", "3/2002", ":", "see"};
        java.util.Random random = new java.util.Random(11);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = 1 + random.nextInt(12); i > 0; i--) {
                text.append(pieces[random.nextInt(pieces.length)]).append(random.nextInt(3) > 0 ? " " : "");
            }
            String input = text.toString();
            assertThat(DEID.find(input, KnownIdentifiers.none())).as(input).allSatisfy(
                    f -> assertThat(f.end()).isLessThanOrEqualTo(input.length()));
        }
    }

    @Test
    void notesWrittenInOneCaseKeepTheirAddressesHospitalsAndContacts() {
        assertThat(tags("PT LIVES ALONE AT 19 CLOVER ST. IN TOWN.")).contains("AT [ADDRESS] IN TOWN");
        assertThat(tags("WENT TO WARREN GRANT HOSP. FOR RX.")).contains("TO [FACILITY] HOSP.");
        assertThat(tags("SON VERY DEVOTED. LOPIE CERTUSI CELL# 410-322-1419")).contains("[NAME] CELL# [PHONE]");
        assertThat(tags("last dose of adriamycin in march of 1993.")).contains("in [DATE].");
        assertThat(tags("may be w/u by gbmc for transplant.")).contains("by [FACILITY] for");
        assertThat(tags("GAVE 2 TABS ST. PT TO GO HOME. 5 MG PO ST.")).doesNotContain("[");
    }

    @Test
    void aHospitalIsNamedBeforeItsEmergencyWardOrAfterItsEmergencyRoom() {
        assertThat(tags("Found unresponsive-> Drokasha EW today.")).contains("-> [LOCATION] EW");
        assertThat(tags("PT SENT TO ED AT VRENTISKA. ADM TO THE WELLBROOKE FOR ULCERS.")).isEqualTo(
                "PT SENT TO ED AT [LOCATION]. ADM TO THE [LOCATION] FOR ULCERS.");
        assertThat(tags("presented to bekposha kawimdro hospital from home.")).doesNotContain("bekposha").doesNotContain("kawimdro");
        assertThat(tags("Pt in ED on Lasix, to EW at 10pm.")).doesNotContain("[");
    }

    @Test
    void aClinicianNamedLikeAnEnglishWordIsFoundAgainWhereCapitalised() {
        assertThat(tags("Dr. Young placed the line. Case reviewed, Young ok with plan. Pt young for this."))
                .isEqualTo("Dr. [CLINICIAN NAME] placed the line. Case reviewed, [CLINICIAN NAME] ok with plan. Pt young for this.");
        assertThat(tags("DR. WHITE AWARE. WHITE BLOOD CELLS IN URINE.")).endsWith("WHITE BLOOD CELLS IN URINE.");
    }

    @Test
    void aNamesListWordInLowerCaseAfterAContactVerbIsAName() {
        assertThat(tags("Evaluated by Dr. Ortiz. Talked with marisol from case management about rehab."))
                .contains("Talked with [NAME] from case management");
        assertThat(tags("Spoke with pt and family, d/w micu team, per protocol.")).doesNotContain("[");
    }

    @Test
    void aNamesWordAfterMrsOnALineInOneCaseIsANameWhenASubjectFollows() {
        assertThat(tags("plan is for mr. pitch to be dialysed tomorrow.")).contains("mr. [NAME] to be");
        assertThat(tags("MOD MR. GIVEN LASIX 40 MG. MS STILL SLOW.")).doesNotContain("[");
    }

    @Test
    void aDashedOrDottedDayRightAfterADatedEventIsADate() {
        assertThat(tags("Admitted 7-22 with CP. Extubated 7.22.99 am. Pt admitted 10-12-99."))
                .isEqualTo("Admitted [DATE] with CP. Extubated [DATE] am. Pt admitted [DATE].");
        assertThat(tags("Started 2-4 mg of ativan. Since 3-4 days. Placed 2-3 L NC.")).doesNotContain("[");
    }

    @Test
    void whoeverTakesReportIsAPersonEvenWhenTheirNameIsAnEnglishWord() {
        assertThat(tags("report given to barb on 4th floor. called report to jen in pacu."))
                .isEqualTo("report given to [NAME] on 4th floor. called report to [NAME] in pacu.");
        assertThat(tags("Report given to floor RN, handed off to night team.")).doesNotContain("[NAME]");
    }

    @Test
    void aStreetWithoutAHouseNumberIsAnAddress() {
        assertThat(tags("Lives on York Rd. with wife; son lives off Charles St. near the park."))
                .isEqualTo("Lives on [ADDRESS] with wife; son lives off [ADDRESS] near the park.");
        assertThat(tags("pt lives off charles st. with her son, who drives her to dialysis."))
                .isEqualTo("pt lives off [ADDRESS] with her son, who drives her to dialysis.");
        assertThat(tags("Home on North Charles Street since 1990.")).startsWith("Home on [ADDRESS] since");
    }

    @Test
    void theEcgSegmentAndEverydayRoadsAreNoStreets() {
        String text = "New ST elevations on ECG, on ST monitoring; went off road in his car; sat on edge of bed.";
        assertThat(tags(text)).isEqualTo(text);
    }

    @Test
    void statesAndCountriesOfTwoWordsAreNotNamesButTheirCitiesArePlaces() {
        String text = "Pt is from Puerto Rico, daughter moved to North Carolina, family still in costa rica.";
        assertThat(tags(text)).isEqualTo(text);
        assertThat(tags("Wife Carolina at bedside; son lives in New York City.")).isEqualTo(
                "Wife [NAME] at bedside; son lives in [LOCATION].");
        assertThat(tags("Pt moved from New York last year; daughter lives in Quebec City.")).isEqualTo(
                "Pt moved from New York last year; daughter lives in [LOCATION].");
    }

    @Test
    void aFrenchVerbAfterARelativeIsNoName() {
        assertThat(tags("Sa fille habite à Québec City. Son fils Mathieu appelle tous les jours."))
                .isEqualTo("Sa fille habite à [LOCATION]. Son fils [NAME] appelle tous les jours.");
    }

    @Test
    void datesWithATwoDigitYearOrTheMonthInWordsWrittenTightAreDates() {
        assertThat(tags("D/C'd on 7-24-92, cx 22jul92 neg, labs from 7/22&23 and hct 7/22,23 stable."))
                .isEqualTo("D/C'd on [DATE], cx [DATE] neg, labs from [DATE]&[DATE] and hct [DATE],[DATE] stable.");
    }

    @Test
    void dashedSettingsAndRangesAreNotDates() {
        String text = "PEEP 5-10-15 tried, RR 8-24-30 on vent, sats 88-94, labs 7/22, 23 yo son visited.";
        assertThat(tags(text)).isEqualTo(text.replace("7/22", "[DATE]"));
    }

    @Test
    void afterARoleOrAContactAnyPlainWordsAreThePersonEvenEnglishOnes() {
        assertThat(tags("HOUSE STAFF BENDING AKIN AWARE.")).isEqualTo("HOUSE STAFF [CLINICIAN NAME] AWARE.");
        assertThat(tags("talked with shape from case management about dispo."))
                .isEqualTo("talked with [CLINICIAN NAME] from case management about dispo.");
        String plain = "Covering resident now aware; house staff made aware; talked to someone from case management.";
        assertThat(tags(plain)).isEqualTo(plain);
    }

    @Test
    void aCapitalisedWordAfterAStrongMoveIsAPlaceUnlessItNamesAService() {
        assertThat(tags("Pt transferred to Grove for rehab.")).isEqualTo("Pt transferred to [LOCATION] for rehab.");
        String services = "Transferred to Internal Medicine, then Vascular surgery service; admitted to Gastroenterology; "
                + "taken to Interventional Radiology; sent to Cardiology on Monday.";
        assertThat(tags(services)).isEqualTo(services);
    }
}
