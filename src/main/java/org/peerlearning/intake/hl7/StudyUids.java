package org.peerlearning.intake.hl7;

import java.util.regex.Pattern;

/**
 * Finds the DICOM Study Instance UID, which feeds carry outside the standard segments (a ZDS
 * segment, as Epic and others send it) or in OMI's IPC-3.
 */
final class StudyUids {

	private static final Pattern UID = Pattern.compile("[0-9]+(\\.[0-9]+)+");

	private StudyUids() {
	}

	/** ZDS-1, first component, scanned from the message text (Z-segments are not in the model). */
	static String zds(String text, MshHeader header) {
		int at = text.startsWith("ZDS") ? 0 : text.indexOf("\rZDS" + header.fieldSeparator());
		if (at < 0) {
			return null;
		}
		int start = at == 0 ? 4 : at + 5;
		int end = start;
		char component = header.encodingCharacters().charAt(0);
		while (end < text.length() && text.charAt(end) != component && text.charAt(end) != header.fieldSeparator()
				&& text.charAt(end) != '\r') {
			end++;
		}
		return text.substring(start, end).strip();
	}

	/** The value when it is a well-formed UID (digits and dots, at most 64 characters), else {@code null}. */
	static String valid(String uid) {
		return uid != null && uid.length() <= 64 && UID.matcher(uid).matches() ? uid : null;
	}
}
