package org.peerlearning.cases.domain;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.peerlearning.deidentification.KnownIdentifiers;
import org.peerlearning.deidentification.TextDeidentificationMode;
import org.peerlearning.deidentification.TextDeidentifier;

/**
 * Blinds a report for review: drops the signature and dictation lines, replaces radiologists'
 * names, CPSO numbers and e-mails, then lets the text de-identifier tag the patient's identifiers.
 * Names are matched whatever their case or accents, since dictation systems often drop both.
 */
public class ReportMasker {

	static final String RADIOLOGIST = "[RADIOLOGIST]";

	static final String IDENTIFIER = "[ID]";

	/** Lines that say who dictated, typed, read or signed the report. */
	private static final Pattern SIGNATURE_LINE = Pattern.compile("""
			(?imu)^[ \\t]*(?:(?:electronically|digitally|e-?)\\s*signed|signed|dictated|transcribed|read|reported|reviewed|verified|\
			approved|interpreted|finali[sz]ed|attending|reading\\s+radiologist|radiologist|dictating|signing|staff\\s+radiologist|\
			d\\s*:\\s*\\d|t\\s*:\\s*\\d|cpso)\\b.*$""");

	private static final Pattern DOCTOR = Pattern.compile("(?iu)\\bdr\\.?\\s+[\\p{L}'-]+");

	private final TextDeidentifier deidentifier;

	public ReportMasker(TextDeidentifier deidentifier) {
		this.deidentifier = deidentifier;
	}

	/**
	 * @param authorNames names of the reading radiologist (each "Given Family"): matched in full and
	 *     by each part alone
	 * @param otherNames other radiologists of the organization: matched in full only
	 * @param identifiers CPSO numbers, e-mails and other strings that must not survive
	 */
	public String mask(String report, Collection<String> authorNames, Collection<String> otherNames,
			Collection<String> identifiers, KnownIdentifiers patient) {
		if (report == null || report.isBlank()) {
			return "";
		}
		String text = SIGNATURE_LINE.matcher(report).replaceAll("");
		for (String identifier : sortedLongestFirst(identifiers)) {
			text = replace(text, identifier, IDENTIFIER, false);
		}
		Set<String> names = new LinkedHashSet<>();
		for (String name : authorNames) {
			names.addAll(variants(name, true));
		}
		for (String name : otherNames) {
			names.addAll(variants(name, false));
		}
		for (String name : sortedLongestFirst(names)) {
			text = replace(text, name, RADIOLOGIST, true);
		}
		text = DOCTOR.matcher(text).replaceAll(RADIOLOGIST);
		text = deidentifier.deidentify(text, patient == null ? KnownIdentifiers.none() : patient, TextDeidentificationMode.TAGS)
			.text();
		return text.replaceAll("(?m)(\\R){3,}", "\n\n").strip();
	}

	/** "Given Family", "Family, Given", "FAMILY^GIVEN", and for the author each part on its own. */
	static List<String> variants(String name, boolean parts) {
		List<String> variants = new ArrayList<>();
		if (name == null || name.isBlank()) {
			return variants;
		}
		String[] words = name.replace('^', ' ').replace(',', ' ').strip().split("\\s+");
		variants.add(String.join(" ", words));
		if (words.length >= 2) {
			String family = words[words.length - 1];
			String given = words[0];
			variants.add(family + ", " + given);
			variants.add(family + " " + given);
			variants.add(family + "^" + given);
		}
		if (parts) {
			for (String word : words) {
				if (word.length() >= 3) {
					variants.add(word);
				}
			}
		}
		return variants;
	}

	private static List<String> sortedLongestFirst(Collection<String> values) {
		return values.stream()
			.filter(v -> v != null && v.strip().length() >= 2)
			.map(String::strip)
			.distinct()
			.sorted(Comparator.comparingInt(String::length).reversed())
			.toList();
	}

	/** Replaces every occurrence, ignoring case and accents, as a whole word when asked. */
	private static String replace(String text, String value, String replacement, boolean wholeWord) {
		String folded = fold(text);
		String target = fold(value);
		// folding keeps lengths for the letters used in names (one accent mark per letter is dropped)
		if (folded.length() != text.length()) {
			return Pattern.compile((wholeWord ? "(?<![\\p{L}\\d])" : "") + Pattern.quote(value) + (wholeWord ? "(?![\\p{L}\\d])" : ""),
					Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text).replaceAll(Matcher.quoteReplacement(replacement));
		}
		Matcher matcher = Pattern.compile((wholeWord ? "(?<![\\p{L}\\d])" : "") + Pattern.quote(target)
				+ (wholeWord ? "(?![\\p{L}\\d])" : ""), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(folded);
		StringBuilder out = new StringBuilder();
		int copied = 0;
		while (matcher.find()) {
			out.append(text, copied, matcher.start()).append(replacement);
			copied = matcher.end();
		}
		out.append(text, copied, text.length());
		return out.toString();
	}

	static String fold(String value) {
		String decomposed = Normalizer.normalize(value, Normalizer.Form.NFD);
		StringBuilder out = new StringBuilder(value.length());
		for (int i = 0; i < decomposed.length(); i++) {
			char c = decomposed.charAt(i);
			if (Character.getType(c) != Character.NON_SPACING_MARK) {
				out.append(c);
			}
		}
		return out.toString();
	}
}
