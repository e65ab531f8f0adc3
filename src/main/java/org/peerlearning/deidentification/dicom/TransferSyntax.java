package org.peerlearning.deidentification.dicom;

/** How the data set after the file meta information is encoded. */
public record TransferSyntax(String uid, boolean explicitVr, boolean bigEndian, boolean deflated) {

	public static final String IMPLICIT_LITTLE_UID = "1.2.840.10008.1.2";
	public static final String EXPLICIT_LITTLE_UID = "1.2.840.10008.1.2.1";
	public static final String EXPLICIT_BIG_UID = "1.2.840.10008.1.2.2";
	public static final String DEFLATED_UID = "1.2.840.10008.1.2.1.99";

	public static final TransferSyntax IMPLICIT_LITTLE = new TransferSyntax(IMPLICIT_LITTLE_UID, false, false, false);
	public static final TransferSyntax EXPLICIT_LITTLE = new TransferSyntax(EXPLICIT_LITTLE_UID, true, false, false);
	public static final TransferSyntax EXPLICIT_BIG = new TransferSyntax(EXPLICIT_BIG_UID, true, true, false);

	/**
	 * Every transfer syntax other than the three native ones and deflate is explicit VR little
	 * endian with encapsulated pixel data (JPEG, JPEG-LS, JPEG 2000, RLE, MPEG, HTJ2K...), which the
	 * reader passes through fragment by fragment.
	 */
	public static TransferSyntax of(String uid) {
		return switch (uid) {
			case IMPLICIT_LITTLE_UID -> IMPLICIT_LITTLE;
			case EXPLICIT_LITTLE_UID -> EXPLICIT_LITTLE;
			case EXPLICIT_BIG_UID -> EXPLICIT_BIG;
			case DEFLATED_UID, "1.2.840.10008.1.2.8.1" -> new TransferSyntax(uid, true, false, true);
			default -> new TransferSyntax(uid, true, false, false);
		};
	}

	/** The same byte order with the other VR encoding, for data sets that contradict their meta header. */
	public TransferSyntax withExplicitVr(boolean explicit) {
		return new TransferSyntax(uid, explicit, bigEndian, deflated);
	}
}
