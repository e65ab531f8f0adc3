package org.peerlearning.deidentification.dicom;

/** What the profile does to one attribute (PS3.15 Table E.1-1 action codes). */
public enum ProfileAction {

	/** K: keep (sequences are still de-identified item by item). */
	KEEP,
	/** X: remove. */
	REMOVE,
	/** Z: replace with a zero-length value (an empty sequence for SQ). */
	ZERO,
	/** D: replace with a dummy value of the same VR. */
	DUMMY,
	/** U: replace each UID by its case-specific counterpart. */
	UID,
	/** C: clean: shift dates, or remove the identifiers known for the case from the text. */
	CLEAN;

	/**
	 * Resolves an action code of the table. A combined code ("X/Z", "X/D", "Z/D", "X/Z/D",
	 * "X/Z/U*") means "the first, unless a later one is needed to keep the IOD conformant". We do not
	 * know each IOD's attribute types, so we take the last one: it is conformant for every IOD, and
	 * an empty value, a dummy or a remapped UID carries none of the original information.
	 */
	static ProfileAction ofCode(String code) {
		String last = code.substring(code.lastIndexOf('/') + 1).replace("*", "");
		return switch (last) {
			case "X" -> REMOVE;
			case "Z" -> ZERO;
			case "D" -> DUMMY;
			case "U" -> UID;
			case "K" -> KEEP;
			case "C" -> CLEAN;
			default -> throw new IllegalArgumentException("Unknown profile action " + code);
		};
	}
}
