package org.peerlearning.intake.hl7;

/**
 * The fields of a message header read without a full parse, so that routing, idempotence and the
 * acknowledgement work even for a message the parser refuses.
 *
 * @param messageType MSH-9 as {@code ORU^R01} (the structure component left out)
 */
record MshHeader(char fieldSeparator, String encodingCharacters, String sendingApplication, String sendingFacility,
		String receivingApplication, String receivingFacility, String messageType, String controlId, String processingId,
		String version, String charset) {

	/** Reads the MSH segment at the start of {@code text}, or answers {@code null} when there is none. */
	static MshHeader read(String text) {
		if (text.length() < 8 || !text.startsWith("MSH")) {
			return null;
		}
		char separator = text.charAt(3);
		if (Character.isLetterOrDigit(separator) || Character.isWhitespace(separator)) {
			return null;
		}
		int end = text.indexOf('\r');
		String segment = end < 0 ? text : text.substring(0, end);
		// fields[0] is "MSH"; MSH-1 is the separator itself, so MSH-n sits at fields[n - 1]
		String[] fields = segment.split(java.util.regex.Pattern.quote(String.valueOf(separator)), -1);
		String encoding = field(fields, 2);
		if (encoding.length() < 2) {
			return null;
		}
		char component = encoding.charAt(0);
		return new MshHeader(separator, encoding, first(field(fields, 3), component), first(field(fields, 4), component),
				first(field(fields, 5), component), first(field(fields, 6), component), type(field(fields, 9), component),
				field(fields, 10), first(field(fields, 11), component), first(field(fields, 12), component),
				firstRepetition(field(fields, 18), encoding));
	}

	boolean hasControlId() {
		return !controlId.isBlank();
	}

	private static String field(String[] fields, int msh) {
		int index = msh - 1;
		return index < fields.length ? fields[index].strip() : "";
	}

	private static String first(String value, char component) {
		int at = value.indexOf(component);
		return at < 0 ? value : value.substring(0, at);
	}

	private static String firstRepetition(String value, String encoding) {
		if (encoding.length() > 1) {
			int at = value.indexOf(encoding.charAt(1));
			return at < 0 ? value : value.substring(0, at);
		}
		return value;
	}

	private static String type(String value, char component) {
		String[] parts = value.split(java.util.regex.Pattern.quote(String.valueOf(component)), -1);
		if (parts.length >= 2 && !parts[1].isBlank()) {
			return parts[0].strip().toUpperCase() + "^" + parts[1].strip().toUpperCase();
		}
		return parts[0].strip().toUpperCase();
	}
}
