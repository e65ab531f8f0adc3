package org.peerlearning.intake.hl7;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Chooses how to decode a message's bytes. MSH-18 names the character set when the sender says;
 * when it does not, valid UTF-8 is read as UTF-8 and anything else as ISO-8859-1, the usual
 * encoding of older hospital systems, which decodes every byte.
 */
final class Hl7Charsets {

	private Hl7Charsets() {
	}

	/** The charset declared by MSH-18 (HL7 table 0211 names), or {@code null} when absent or unknown. */
	static Charset declared(String msh18) {
		if (msh18 == null || msh18.isBlank()) {
			return null;
		}
		String name = msh18.strip().toUpperCase(Locale.ROOT);
		return switch (name) {
			case "ASCII" -> StandardCharsets.US_ASCII;
			case "8859/1" -> StandardCharsets.ISO_8859_1;
			case "8859/15" -> Charset.forName("ISO-8859-15");
			case "UNICODE UTF-8", "UTF-8", "UTF8" -> StandardCharsets.UTF_8;
			case "UNICODE", "UNICODE UTF-16" -> StandardCharsets.UTF_16;
			default -> null;
		};
	}

	/**
	 * The charset to decode {@code raw} with. An ASCII declaration with bytes above 127 is not
	 * trusted: such bytes are read as UTF-8 when valid, else ISO-8859-1.
	 */
	static Charset choose(byte[] raw, String msh18) {
		Charset declared = declared(msh18);
		if (declared != null && declared != StandardCharsets.US_ASCII) {
			return declared;
		}
		if (isAscii(raw)) {
			return declared != null ? declared : StandardCharsets.UTF_8;
		}
		return isUtf8(raw) ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1;
	}

	/** The MSH-18 value to answer with in the acknowledgement. */
	static String hl7Name(Charset charset) {
		if (charset.equals(StandardCharsets.ISO_8859_1)) {
			return "8859/1";
		}
		if (charset.equals(StandardCharsets.UTF_8)) {
			return "UNICODE UTF-8";
		}
		if (charset.equals(StandardCharsets.US_ASCII)) {
			return "ASCII";
		}
		return charset.name();
	}

	static boolean isAscii(byte[] raw) {
		for (byte b : raw) {
			if (b < 0) {
				return false;
			}
		}
		return true;
	}

	static boolean isUtf8(byte[] raw) {
		try {
			StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(raw));
			return true;
		}
		catch (CharacterCodingException ex) {
			return false;
		}
	}
}
