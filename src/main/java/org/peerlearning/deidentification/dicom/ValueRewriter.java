package org.peerlearning.deidentification.dicom;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.peerlearning.deidentification.KnownIdentifiers;
import org.peerlearning.deidentification.PhiFinding;
import org.peerlearning.deidentification.TextDeidentifier;

/** The value-level actions of the profile: dummies, remapped UIDs, shifted dates, cleaned text. */
final class ValueRewriter {

	private static final DateTimeFormatter DA = DateTimeFormatter.BASIC_ISO_DATE;
	/** Finding spans only (no surrogates), so its secret is never used. */
	private static final TextDeidentifier TEXT = TextDeidentifier.withSecret("descriptors");

	private final CaseKeys keys;
	private final Set<String> identifiers = new LinkedHashSet<>();
	private Pattern identifierPattern;

	ValueRewriter(CaseKeys keys) {
		this.keys = keys;
	}

	/**
	 * Remembers words of the patient's names and ids, which "clean" removes from descriptive text.
	 * This is deliberately simple (whole words, case-insensitive, single-byte text): it is not a
	 * general free-text de-identifier.
	 */
	void learnIdentifiers(String text) {
		if (text == null) {
			return;
		}
		for (String word : text.split("[\\s^=\\\\,.]+")) {
			if (word.length() >= 2) {
				identifiers.add(word);
			}
		}
		identifierPattern = null;
	}

	byte[] dummy(Element element) {
		String text = switch (element.vr) {
			case AE -> "ANONYMOUS";
			case AS -> "000D";
			case CS, LO, LT, SH, ST, UC, UT, PN -> "ANONYMIZED";
			case DA -> "19000101";
			case DT -> "19000101000000";
			case TM -> "000000";
			case DS, IS -> "0";
			case UI -> uids(element);
			case UR -> "";
			default -> null;
		};
		if (text != null) {
			return ascii(text);
		}
		// Binary values: one zero value of the VR's width (a byte pair for byte strings).
		return new byte[Math.max(2, element.vr.binaryWidth())];
	}

	/** Replaces every UID of a (possibly multi-valued) UI value. */
	String uids(Element element) {
		String value = element.string();
		if (value.isEmpty()) {
			return "";
		}
		List<String> mapped = new ArrayList<>();
		for (String uid : value.split("\\\\")) {
			String trimmed = uid.trim().replace("\0", "");
			mapped.add(trimmed.isEmpty() ? "" : keys.uid(trimmed));
		}
		return String.join("\\", mapped);
	}

	/** Clean: dates move by the case's shift, text loses the known identifiers, the rest is kept. */
	byte[] clean(Element element) {
		return switch (element.vr) {
			case DA -> ascii(shiftDates(element.string(), false));
			case DT -> ascii(shiftDates(element.string(), true));
			case LO, LT, SH, ST, UC, UT -> ascii(removePhi(removeIdentifiers(element.string())));
			case PN, CS, AE -> ascii(removeIdentifiers(element.string()));
			default -> element.value;
		};
	}

	String shiftDates(String value, boolean dateTime) {
		List<String> shifted = new ArrayList<>();
		for (String single : value.split("\\\\", -1)) {
			// A range query value "from-to" keeps its dash; each side is shifted.
			String[] sides = single.split("-", -1);
			if (dateTime && single.contains("-") && single.indexOf('-') >= 14) {
				sides = new String[] { single };
			}
			List<String> parts = new ArrayList<>();
			for (String side : sides) {
				parts.add(shiftOne(side.trim(), dateTime));
			}
			shifted.add(String.join("-", parts));
		}
		return String.join("\\", shifted);
	}

	private String shiftOne(String value, boolean dateTime) {
		if (value.isEmpty()) {
			return value;
		}
		String digits = value.replace(".", "");
		if (!dateTime) {
			value = digits;
		}
		if (value.length() < 8) {
			return "";
		}
		try {
			LocalDate date = LocalDate.parse(value.substring(0, 8), DA).minusDays(keys.dateShiftDays());
			return date.format(DA) + value.substring(8);
		}
		catch (DateTimeParseException ex) {
			return "";
		}
	}

	String removeIdentifiers(String text) {
		if (identifiers.isEmpty() || text.isEmpty()) {
			return text;
		}
		if (identifierPattern == null) {
			List<String> quoted = identifiers.stream().map(Pattern::quote).toList();
			identifierPattern = Pattern.compile("(?i)(?<![\\p{Alnum}])(" + String.join("|", quoted) + ")(?![\\p{Alnum}])");
		}
		return identifierPattern.matcher(text).replaceAll("").replaceAll(" {2,}", " ").trim();
	}

	/**
	 * Descriptors are free text: the report-text rules find what else they name (a clinician, a
	 * date, a place) while eponyms and clinical terms stay. Findings are cut out rather than
	 * tagged, so a value never outgrows its VR.
	 */
	static String removePhi(String text) {
		if (text.isBlank()) {
			return text;
		}
		List<PhiFinding> found = TEXT.find(text, KnownIdentifiers.none());
		if (found.isEmpty()) {
			return text;
		}
		StringBuilder out = new StringBuilder(text.length());
		int copied = 0;
		for (PhiFinding finding : found) {
			out.append(text, copied, finding.start());
			copied = finding.end();
		}
		out.append(text, copied, text.length());
		return out.toString().replaceAll(" {2,}", " ").trim();
	}

	static byte[] ascii(String text) {
		return text.getBytes(StandardCharsets.ISO_8859_1);
	}
}
