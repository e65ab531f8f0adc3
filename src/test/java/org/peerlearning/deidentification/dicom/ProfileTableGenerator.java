package org.peerlearning.deidentification.dicom;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns the machine-readable PS3.15 Table E.1-1 (shared standards JSON) into the project's own
 * resource {@code deidentification/ps3.15-e1-1.tsv}, joined with the data dictionary for the
 * keyword and VR. {@code ProfileTableTests} regenerates it and fails when the committed copy differs.
 */
public final class ProfileTableGenerator {

	static final Path JSON = Path.of("../shared/standards/dicom-ps3.15-table-e.1-1.json");
	static final Path TSV = Path.of("src/main/resources/deidentification/ps3.15-e1-1.tsv");
	static final Path DICTIONARY = Path.of("src/main/resources/deidentification/dicom-dictionary.tsv");

	/** Option columns in the order of the TSV, with the JSON property each comes from. */
	static final List<String> OPTIONS = List.of("rtnSafePrivOpt", "rtnUIDsOpt", "rtnDevIdOpt", "rtnInstIdOpt",
			"rtnPatCharsOpt", "rtnLongFullDatesOpt", "rtnLongModifDatesOpt", "cleanDescOpt", "cleanStructContOpt",
			"cleanGraphOpt");

	private ProfileTableGenerator() {
	}

	public static void main(String[] args) throws IOException {
		Files.writeString(TSV, generate(), StandardCharsets.UTF_8);
	}

	static String generate() throws IOException {
		Map<String, String[]> dictionary = new TreeMap<>();
		for (String line : Files.readAllLines(DICTIONARY, StandardCharsets.UTF_8)) {
			if (!line.startsWith("#")) {
				String[] cells = line.split("\t");
				dictionary.put(cells[0], cells);
			}
		}
		Map<String, String> rows = new TreeMap<>();
		for (JsonNode entry : JsonMapper.builder().build().readTree(JSON.toFile())) {
			String tag = tag(entry.get("tag").asString());
			String[] known = dictionary.get(tag);
			String keyword = known != null ? known[2] : entry.get("name").asString().replaceAll("[^A-Za-z0-9]", "");
			String vr = known != null ? known[1] : "-";
			StringBuilder row = new StringBuilder(tag).append('\t').append(keyword).append('\t').append(vr)
				.append('\t').append(entry.get("basicProfile").asString());
			for (String option : OPTIONS) {
				JsonNode value = entry.get(option);
				row.append('\t').append(value == null ? "-" : value.asString());
			}
			rows.put(tag, row.toString());
		}
		StringBuilder out = new StringBuilder("# Generated from PS3.15 Table E.1-1 by ProfileTableGenerator: do not edit.\n");
		out.append("# tag\tkeyword\tvr\tbasic");
		OPTIONS.forEach(option -> out.append('\t').append(option));
		out.append('\n');
		rows.values().forEach(row -> out.append(row).append('\n'));
		return out.toString();
	}

	/** "(0008,0050)" becomes "00080050", "(60XX,3000)" becomes "60xx3000", the odd-group row "private". */
	static String tag(String text) {
		if (text.toUpperCase().contains("ODD")) {
			return "private";
		}
		return text.replaceAll("[(),\\s]", "").toUpperCase().replace('X', 'x');
	}
}
