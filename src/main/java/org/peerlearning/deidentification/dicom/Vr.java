package org.peerlearning.deidentification.dicom;

/** Value representations (PS3.5 6.2), with what the writer needs: length field size and padding. */
public enum Vr {
	AE, AS, AT, CS, DA, DS, DT, FD, FL, IS, LO, LT, OB, OD, OF, OL, OV, OW, PN, SH, SL, SQ, SS, ST, SV, TM, UC, UI, UL,
	UN, UR, US, UT, UV;

	private static final Vr[] BY_CODE = new Vr[1 << 16];

	static {
		for (Vr vr : values()) {
			BY_CODE[vr.code()] = vr;
		}
	}

	/** The two ASCII letters as one big-endian 16-bit number, as they appear in the stream. */
	public int code() {
		return (name().charAt(0) << 8) | name().charAt(1);
	}

	/** @return the VR for two letters, or null when they are not a VR. */
	public static Vr of(int code) {
		return BY_CODE[code & 0xFFFF];
	}

	public static boolean looksLikeVr(int b0, int b1) {
		return b0 >= 'A' && b0 <= 'Z' && b1 >= 'A' && b1 <= 'Z';
	}

	/** Explicit VR encodings of these have a reserved 2 bytes and a 32-bit length. */
	public boolean hasLongLength() {
		return switch (this) {
			case OB, OD, OF, OL, OV, OW, SQ, SV, UC, UN, UR, UT, UV -> true;
			default -> false;
		};
	}

	public boolean isText() {
		return switch (this) {
			case AE, AS, CS, DA, DS, DT, IS, LO, LT, PN, SH, ST, TM, UC, UI, UR, UT -> true;
			default -> false;
		};
	}

	/** UIDs and binary values are padded with NUL, text with a space. */
	public byte padding() {
		return isText() && this != UI ? (byte) ' ' : 0;
	}

	/** Size of one binary value, 0 for text and for byte strings. */
	public int binaryWidth() {
		return switch (this) {
			case US, SS, OW -> 2;
			case UL, SL, FL, AT, OF, OL -> 4;
			case FD, SV, UV, OD, OV -> 8;
			default -> 0;
		};
	}
}
