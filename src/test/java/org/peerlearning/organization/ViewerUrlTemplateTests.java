package org.peerlearning.organization;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ViewerUrlTemplateTests {

	@Test
	void aViewerAddressWithTheStudyAndAccessionPlaceholdersIsAccepted() {
		assertThat(ViewerUrlTemplate.problem("https://pacs.example/viewer?study={studyUid}&accession={accession}")).isNull();
		assertThat(ViewerUrlTemplate.problem("")).isNull();
	}

	@Test
	void placeholdersThatNameThePatientOrAreMalformedAreRefused() {
		assertThat(ViewerUrlTemplate.problem("https://pacs.example/viewer?mrn={patientId}")).isEqualTo("org.program.viewer.error.placeholder");
		assertThat(ViewerUrlTemplate.problem("https://pacs.example/viewer?study={studyUid")).isEqualTo("org.program.viewer.error.placeholder");
		assertThat(ViewerUrlTemplate.problem("https://pacs.example/viewer")).isEqualTo("org.program.viewer.error.noPlaceholder");
		assertThat(ViewerUrlTemplate.problem("javascript:alert({studyUid})")).isEqualTo("org.program.viewer.error.url");
	}

	@Test
	void theExamsValuesAreEncodedIntoTheAddress() {
		assertThat(ViewerUrlTemplate.expand("https://pacs.example/v?s={studyUid}&a={accession}", "1.2.840.1", "A&B 7"))
			.isEqualTo("https://pacs.example/v?s=1.2.840.1&a=A%26B+7");
	}
}
