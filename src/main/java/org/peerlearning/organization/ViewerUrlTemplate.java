package org.peerlearning.organization;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The address that opens an exam in the organization's image viewer (IHE Invoke Image Display,
 * OHIF, Weasis...), with placeholders filled per exam. Only placeholders that identify the study
 * are allowed: nothing that names the patient goes into a URL.
 */
public final class ViewerUrlTemplate {

	public static final Set<String> PLACEHOLDERS = Set.of("studyUid", "accession");

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");

	private ViewerUrlTemplate() {
	}

	/** Why {@code template} is unusable, as a message key, or {@code null} when it is fine. */
	public static String problem(String template) {
		if (template == null || template.isBlank()) {
			return null;
		}
		String text = template.strip();
		if (text.length() > 1000) {
			return "org.program.viewer.error.tooLong";
		}
		Matcher matcher = PLACEHOLDER.matcher(text);
		boolean any = false;
		while (matcher.find()) {
			if (!PLACEHOLDERS.contains(matcher.group(1))) {
				return "org.program.viewer.error.placeholder";
			}
			any = true;
		}
		String withoutPlaceholders = matcher.replaceAll("x");
		if (withoutPlaceholders.contains("{") || withoutPlaceholders.contains("}")) {
			return "org.program.viewer.error.placeholder";
		}
		if (!any) {
			return "org.program.viewer.error.noPlaceholder";
		}
		try {
			URI uri = URI.create(withoutPlaceholders);
			if (!("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme())) || uri.getHost() == null) {
				return "org.program.viewer.error.url";
			}
		}
		catch (IllegalArgumentException e) {
			return "org.program.viewer.error.url";
		}
		return null;
	}

	/** The template with the exam's values put in, each URL-encoded. */
	public static String expand(String template, String studyUid, String accession) {
		return template.replace("{studyUid}", encode(studyUid)).replace("{accession}", encode(accession));
	}

	private static String encode(String value) {
		return value == null ? "" : URLEncoder.encode(value, StandardCharsets.UTF_8);
	}
}
