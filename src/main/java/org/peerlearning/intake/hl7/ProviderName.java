package org.peerlearning.intake.hl7;

/**
 * A provider named in a field the way feeds really write it: {@code ID^FAMILY^GIVEN...} (common,
 * though OBR-32 formally nests the name in subcomponents) or {@code ID&FAMILY&GIVEN}.
 */
record ProviderName(String id, String name) {

	static final ProviderName NONE = new ProviderName(null, null);

	boolean isEmpty() {
		return id == null && name == null;
	}

	static ProviderName parse(String encoded, MshHeader header) {
		if (encoded == null || encoded.isBlank()) {
			return NONE;
		}
		String encoding = header.encodingCharacters();
		char component = encoding.charAt(0);
		char subcomponent = encoding.length() > 3 ? encoding.charAt(3) : '&';
		String[] components = split(encoded, component);
		String[] parts = components[0].indexOf(subcomponent) >= 0 ? split(components[0], subcomponent) : components;
		String id = text(parts, 0, header);
		String family = text(parts, 1, header);
		String given = text(parts, 2, header);
		if (family != null && family.chars().allMatch(Character::isDigit)) {
			family = null; // a date in the NDL start component, not a name
			given = null;
		}
		String name = family == null ? given : given == null ? family : given + " " + family;
		if (id == null && name == null) {
			return NONE;
		}
		return new ProviderName(id, name);
	}

	private static String text(String[] parts, int index, MshHeader header) {
		if (index >= parts.length) {
			return null;
		}
		return ReportReader.blankToNull(Hl7Text.unescape(parts[index], header.encodingCharacters(), header.fieldSeparator()));
	}

	private static String[] split(String value, char separator) {
		return value.split(java.util.regex.Pattern.quote(String.valueOf(separator)), -1);
	}
}
