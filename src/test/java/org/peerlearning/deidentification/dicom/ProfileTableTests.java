package org.peerlearning.deidentification.dicom;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProfileTableTests {

	@Test
	void theCommittedProfileTableIsExactlyWhatTheGeneratorMakesFromTheStandard() throws Exception {
		String committed = Files.readString(ProfileTableGenerator.TSV, StandardCharsets.UTF_8);
		assertThat(committed)
			.as("regenerate with ProfileTableGenerator.main and commit the result")
			.isEqualTo(ProfileTableGenerator.generate());
	}

	@Test
	void everyRowOfTheStandardTableIsInTheProfile() throws Exception {
		ProfileTable table = ProfileTable.load();
		assertThat(table.size()).isEqualTo(621);
		assertThat(table.basicAction(0x00100010)).isEqualTo("Z");
		assertThat(table.basicAction(0x60023000)).isEqualTo("X");
		assertThat(table.basicAction(0x00090010)).isEqualTo("X");
	}
}
