package org.peerlearning.deidentification.dicom;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.peerlearning.deidentification.DicomProfileOptions;

/**
 * Every row of PS3.15 Table E.1-1, under each of the four options we offer, gets the action of
 * that option's column: K keeps, C cleans, an empty cell falls back to the basic profile.
 */
class ProfileOptionColumnsTests {

	private static final Map<String, DicomProfileOptions> OPTIONS = Map.of(
			"rtnLongModifDatesOpt", new DicomProfileOptions(true, false, false, false),
			"rtnDevIdOpt", new DicomProfileOptions(false, true, false, false),
			"rtnPatCharsOpt", new DicomProfileOptions(false, false, true, false),
			"cleanDescOpt", new DicomProfileOptions(false, false, false, true));

	@Test
	void eachOptionColumnOfTheTableDecidesTheActionOfItsOption() throws IOException {
		ProfileTable table = ProfileTable.load();
		List<String> lines = tableLines();
		String[] columns = lines.stream().filter(l -> l.startsWith("# tag")).findFirst().orElseThrow().substring(2).split("\t");
		int checked = 0;
		List<String> wrong = new ArrayList<>();
		for (String line : lines) {
			if (line.startsWith("#") || line.isBlank()) {
				continue;
			}
			String[] cells = line.split("\t");
			if (cells[0].equals("private")) {
				continue;
			}
			int tag = Integer.parseUnsignedInt(cells[0].replace('x', '0'), 16);
			for (int c = 4; c < columns.length; c++) {
				DicomProfileOptions option = OPTIONS.get(columns[c]);
				if (option == null) {
					continue;
				}
				ProfileAction expected = switch (cells[c]) {
					case "K" -> ProfileAction.KEEP;
					case "C" -> ProfileAction.CLEAN;
					case "-" -> ProfileAction.ofCode(cells[3]);
					default -> throw new IllegalStateException("unexpected code " + cells[c] + " in " + columns[c]);
				};
				if (cells[0].indexOf('x') < 0 && table.action(tag, option) != expected) {
					wrong.add(cells[1] + " under " + columns[c]);
				}
				checked++;
			}
		}
		assertThat(wrong).isEmpty();
		assertThat(checked).isGreaterThan(4 * 500);
	}

	@Test
	void anOptionThatKeepsWinsOverOneThatCleans() {
		// What one chosen option keeps, another chosen with it must not remove or clean.
		ProfileTable table = ProfileTable.load();
		DicomProfileOptions all = new DicomProfileOptions(true, true, true, true);
		assertThat(table.action(0x00181000, all)).isEqualTo(ProfileAction.KEEP); // DeviceSerialNumber
		assertThat(table.action(0x00101010, all)).isEqualTo(ProfileAction.KEEP); // PatientAge
		assertThat(table.action(0x00081030, all)).isEqualTo(ProfileAction.CLEAN); // StudyDescription
		assertThat(table.action(0x00100010, all)).isNotEqualTo(ProfileAction.KEEP); // PatientName
	}

	private static List<String> tableLines() throws IOException {
		try (InputStream in = ProfileTable.class.getResourceAsStream("/deidentification/ps3.15-e1-1.tsv")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
		}
	}
}
