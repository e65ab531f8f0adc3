package org.peerlearning.cases.domain;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.peerlearning.deidentification.KnownIdentifiers;
import org.peerlearning.deidentification.TextDeidentifier;

import static org.assertj.core.api.Assertions.assertThat;

class ReportMaskerTests {

	private static final ReportMasker MASKER = new ReportMasker(TextDeidentifier.withSecret("test"));

	private static final String REPORT = """
			CT HEAD WITHOUT CONTRAST
			FINDINGS: No acute intracranial hemorrhage. Discussed with Dr. Okafor's colleague.
			IMPRESSION: No acute intracranial abnormality.

			Dictated by: Daniel Okafor, MD (CPSO 80111)
			Electronically signed by OKAFOR^DANIEL on 2026-11-02 10:14
			Transcribed by: JS
			D: 11/02/2026 T: 11/02/2026
			Questions: rad1@lakeshore.demo
			""";

	@Test
	void signatureAndDictationLinesAreDropped() {
		String masked = mask(REPORT);
		assertThat(masked).doesNotContainIgnoringCase("dictated").doesNotContainIgnoringCase("signed")
			.doesNotContainIgnoringCase("transcribed");
		assertThat(masked).contains("No acute intracranial abnormality.");
	}

	@Test
	void theAuthorsNameNumberAndEmailNeverSurviveWhateverTheirSpelling() {
		String masked = mask(REPORT + "\nCc: daniel okafor; Okafor D; Emilie Gagnon\n");
		assertThat(masked).doesNotContainIgnoringCase("okafor").doesNotContainIgnoringCase("daniel")
			.doesNotContain("80111").doesNotContain("rad1@lakeshore.demo");
	}

	@Test
	void otherRadiologistsNamesAreMaskedEvenWithoutTheirAccents() {
		String masked = mask("Compared with prior read by Émilie Gagnon. Also seen by Emilie Gagnon.");
		assertThat(masked).doesNotContain("Gagnon").doesNotContain("milie");
	}

	@Test
	void thePatientsNameAndRecordNumberAreMasked() {
		String masked = MASKER.mask("Patient Jane Roe (MRN 445566) has a clear chest.", List.of(), List.of(), List.of("445566"),
				KnownIdentifiers.ofPatient("Jane Roe", "445566"));
		assertThat(masked).doesNotContain("Jane").doesNotContain("Roe").doesNotContain("445566").contains("clear chest");
	}

	@Test
	void anEmptyReportStaysEmpty() {
		assertThat(mask(null)).isEmpty();
	}

	private static String mask(String report) {
		return MASKER.mask(report, List.of("Daniel Okafor", "OKAFOR^DANIEL^^^Dr"), List.of("Émilie Gagnon", "Samuel Chen"),
				List.of("80111", "rad1@lakeshore.demo"), KnownIdentifiers.none());
	}
}
