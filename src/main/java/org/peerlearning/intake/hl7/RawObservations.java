package org.peerlearning.intake.hl7;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The OBX segments of a message as written, grouped by the OBR they follow. Report text is read
 * from here rather than from the parsed model so the escape sequences are decoded once, by
 * {@link Hl7Text}, exactly as sent (the model re-encodes values, which loses escapes next to
 * formatting commands).
 */
final class RawObservations {

	private RawObservations() {
	}

	/** One list of OBX field arrays (index n = OBX-n) per OBR, in message order. */
	static List<List<String[]>> byOrder(String text, MshHeader header) {
		Pattern fieldSplit = Pattern.compile(Pattern.quote(String.valueOf(header.fieldSeparator())));
		List<List<String[]>> orders = new ArrayList<>();
		List<String[]> current = null;
		for (String segment : text.split("\r")) {
			if (segment.startsWith("OBR")) {
				current = new ArrayList<>();
				orders.add(current);
			}
			else if (segment.startsWith("OBX") && current != null) {
				current.add(fieldSplit.split(segment, -1));
			}
		}
		return orders;
	}

	/** Report lines in message order; repetitions of OBX-5 are lines too (some feeds use {@code ~} as line break). */
	static String reportText(List<String[]> observations, MshHeader header) {
		String encoding = header.encodingCharacters();
		Pattern repetitionSplit = Pattern.compile(Pattern.quote(String.valueOf(encoding.length() > 1 ? encoding.charAt(1) : '~')));
		StringBuilder text = new StringBuilder();
		for (String[] obx : observations) {
			String type = field(obx, 2);
			if (!type.isEmpty() && !"TX".equals(type) && !"ST".equals(type) && !"FT".equals(type) && !"CE".equals(type)
					&& !"CWE".equals(type)) {
				continue; // reference pointers, encapsulated data, numbers: not report prose
			}
			for (String line : repetitionSplit.split(field(obx, 5), -1)) {
				text.append(Hl7Text.unescape(line, encoding, header.fieldSeparator())).append('\n');
			}
		}
		String joined = text.toString().stripTrailing();
		return joined.isBlank() ? null : joined;
	}

	static String field(String[] fields, int index) {
		return index < fields.length ? fields[index].strip() : "";
	}
}
