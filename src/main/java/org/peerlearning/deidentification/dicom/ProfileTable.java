package org.peerlearning.deidentification.dicom;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.peerlearning.deidentification.DicomProfileOptions;

/**
 * PS3.15 Table E.1-1, loaded from the generated resource {@code deidentification/ps3.15-e1-1.tsv}.
 * Attributes the table does not list are kept (standard attributes only: every private attribute is
 * covered by the table's odd-group row and removed).
 */
public final class ProfileTable {

	/** One row: the basic profile code and the code of each option column ("-" when empty). */
	record Row(String keyword, String basic, Map<String, String> options) {
	}

	private record Pattern(int mask, int value, Row row) {
	}

	private static final ProfileTable INSTANCE = read();

	private final Map<Integer, Row> exact = new HashMap<>();
	private final List<Pattern> patterns = new ArrayList<>();
	private Row privateRow;
	private int size;

	private ProfileTable() {
	}

	public static ProfileTable load() {
		return INSTANCE;
	}

	private static ProfileTable read() {
		ProfileTable table = new ProfileTable();
		try (InputStream in = ProfileTable.class.getResourceAsStream("/deidentification/ps3.15-e1-1.tsv");
				BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			String[] columns = null;
			String line;
			while ((line = reader.readLine()) != null) {
				if (line.startsWith("# tag")) {
					columns = line.substring(2).split("\t");
					continue;
				}
				if (line.startsWith("#") || line.isBlank()) {
					continue;
				}
				String[] cells = line.split("\t");
				Map<String, String> options = new HashMap<>();
				for (int i = 4; i < cells.length; i++) {
					options.put(columns[i], cells[i]);
				}
				table.add(cells[0], new Row(cells[1], cells[3], options));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return table;
	}

	private void add(String tag, Row row) {
		size++;
		if (tag.equals("private")) {
			privateRow = row;
		}
		else if (tag.indexOf('x') < 0) {
			exact.put(Integer.parseUnsignedInt(tag, 16), row);
		}
		else {
			int mask = 0;
			int value = 0;
			for (char c : tag.toCharArray()) {
				mask = (mask << 4) | (c == 'x' ? 0 : 0xF);
				value = (value << 4) | (c == 'x' ? 0 : Character.digit(c, 16));
			}
			patterns.add(new Pattern(mask, value, row));
		}
	}

	public int size() {
		return size;
	}

	private Row row(int tag) {
		if (Tags.isPrivate(tag)) {
			return privateRow;
		}
		Row row = exact.get(tag);
		if (row == null) {
			for (Pattern pattern : patterns) {
				if ((tag & pattern.mask()) == pattern.value()) {
					return pattern.row();
				}
			}
		}
		return row;
	}

	/** The basic profile code of the table for a tag ("X", "X/Z/D"...), null when not listed. */
	public String basicAction(int tag) {
		Row row = row(tag);
		return row == null ? null : row.basic();
	}

	/**
	 * The action for a tag under the chosen options. An option that keeps (K) wins over one that
	 * cleans (C), which wins over the basic profile; unlisted attributes are kept.
	 */
	public ProfileAction action(int tag, DicomProfileOptions options) {
		Row row = row(tag);
		if (row == null) {
			return ProfileAction.KEEP;
		}
		List<String> codes = new ArrayList<>(4);
		if (options.retainLongitudinalTemporalInformationWithModifiedDates()) {
			codes.add(row.options().get("rtnLongModifDatesOpt"));
		}
		if (options.retainDeviceIdentity()) {
			codes.add(row.options().get("rtnDevIdOpt"));
		}
		if (options.retainPatientCharacteristics()) {
			codes.add(row.options().get("rtnPatCharsOpt"));
		}
		if (options.cleanDescriptors()) {
			codes.add(row.options().get("cleanDescOpt"));
		}
		if (codes.contains("K")) {
			return ProfileAction.KEEP;
		}
		if (codes.contains("C")) {
			return ProfileAction.CLEAN;
		}
		return ProfileAction.ofCode(row.basic());
	}
}
