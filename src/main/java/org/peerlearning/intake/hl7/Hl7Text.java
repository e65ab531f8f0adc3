package org.peerlearning.intake.hl7;

/**
 * Decodes HL7 escape sequences in text values: the delimiters ({@code \F\ \S\ \T\ \R\ \E\}),
 * line breaks ({@code \.br\}), hexadecimal characters ({@code \X41\}); other formatting commands
 * ({@code \H\ \N\ \.sp\ ...}) are dropped. Works on the encoded form of a field, with the
 * message's own delimiters.
 */
final class Hl7Text {

	private Hl7Text() {
	}

	static String unescape(String encoded, String encodingCharacters, char fieldSeparator) {
		char escape = encodingCharacters.length() > 2 ? encodingCharacters.charAt(2) : '\\';
		if (encoded == null || encoded.indexOf(escape) < 0) {
			return encoded;
		}
		char component = encodingCharacters.charAt(0);
		char repetition = encodingCharacters.length() > 1 ? encodingCharacters.charAt(1) : '~';
		char subcomponent = encodingCharacters.length() > 3 ? encodingCharacters.charAt(3) : '&';
		StringBuilder out = new StringBuilder(encoded.length());
		int i = 0;
		while (i < encoded.length()) {
			char c = encoded.charAt(i);
			int close = c == escape ? encoded.indexOf(escape, i + 1) : -1;
			if (close < 0) {
				out.append(c);
				i++;
				continue;
			}
			String sequence = encoded.substring(i + 1, close);
			switch (sequence) {
				case "F" -> out.append(fieldSeparator);
				case "S" -> out.append(component);
				case "T" -> out.append(subcomponent);
				case "R" -> out.append(repetition);
				case "E" -> out.append(escape);
				case ".br" -> out.append('\n');
				default -> {
					if (sequence.length() > 1 && (sequence.charAt(0) == 'X' || sequence.charAt(0) == 'x')) {
						appendHex(out, sequence.substring(1));
					}
					else if (sequence.isEmpty() || sequence.length() > 8) {
						// not an escape sequence after all: keep the text as it came
						out.append(encoded, i, close);
						i = close;
						continue;
					}
				}
			}
			i = close + 1;
		}
		return out.toString();
	}

	/** Hexadecimal escapes carry single bytes; read them as Latin-1 characters. */
	private static void appendHex(StringBuilder out, String hex) {
		for (int i = 0; i + 1 < hex.length(); i += 2) {
			try {
				out.append((char) Integer.parseInt(hex.substring(i, i + 2), 16));
			}
			catch (NumberFormatException ex) {
				return;
			}
		}
	}
}
