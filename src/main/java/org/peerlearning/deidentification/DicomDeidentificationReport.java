package org.peerlearning.deidentification;

/**
 * What de-identification of one DICOM file did and what a person must still check. Carries no
 * attribute values of the original file.
 *
 * @param transferSyntaxUid transfer syntax of the file written
 * @param sopClassUid SOP class of the instance
 * @param modality modality, empty when absent
 * @param burnedInAnnotation whether the pixels may show identifying text
 * @param elementsRemoved attributes removed (private ones included)
 * @param elementsReplaced attributes emptied, replaced by a dummy, cleaned or shifted
 * @param uidsRemapped distinct UIDs replaced by their case-specific counterpart
 * @param pixelDataBytes bytes of pixel data passed through untouched
 */
public record DicomDeidentificationReport(String transferSyntaxUid, String sopClassUid, String modality,
		BurnedInAnnotation burnedInAnnotation, int elementsRemoved, int elementsReplaced, int uidsRemapped,
		long pixelDataBytes) {

	/** The profile does not touch pixels: text burned into them must be found by a person. */
	public enum BurnedInAnnotation {

		/** Burned In Annotation (0028,0301) says NO, or the modality rarely burns text in. */
		NOT_EXPECTED,

		/** Burned In Annotation (0028,0301) says YES. */
		PRESENT,

		/**
		 * The attribute is absent and the image is ultrasound, secondary capture or "other", which
		 * often carry names and dates in the pixels.
		 */
		POSSIBLE;

		public boolean needsHumanCheck() {
			return this != NOT_EXPECTED;
		}
	}
}
