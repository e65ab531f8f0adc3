package org.peerlearning.deidentification;

import java.io.IOException;

/**
 * The input is not DICOM, or it is truncated or broken. The message says what was wrong, for which
 * element and at which byte offset of the input (of the inflated data set for deflated files); it
 * never carries attribute values, so it may be shown to the person who sent the file.
 */
public class InvalidDicomException extends IOException {

	private static final long serialVersionUID = 1L;

	private final long offset;

	public InvalidDicomException(String reason, long offset) {
		super(reason + (offset >= 0 ? " (at byte offset " + offset + ")" : ""));
		this.offset = offset;
	}

	/** Byte offset in the input where the problem was found, or -1 when it is not about one place. */
	public long offset() {
		return offset;
	}
}
