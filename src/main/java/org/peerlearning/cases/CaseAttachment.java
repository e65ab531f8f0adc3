package org.peerlearning.cases;

import java.time.Instant;
import java.util.UUID;

/**
 * A key image of a case, as stored: de-identified. {@code burnedInCheck}: the image may carry text
 * burned into its pixels (the profile cannot remove it), so a person must look before it is shown
 * outside the program.
 */
public record CaseAttachment(UUID id, CaseId caseId, int number, Kind kind, long sizeBytes, boolean hasPreview,
		boolean burnedInCheck, String modality, Instant createdAt) {

	public enum Kind {
		/** A DICOM Part 10 file, de-identified by the organization's profile. */
		DICOM,
		/** A screenshot, re-encoded as PNG without its metadata. */
		IMAGE
	}

	/** The name a download gets: nothing of the original name survives. */
	public String fileName() {
		return "key-image-" + number + (kind == Kind.DICOM ? ".dcm" : ".png");
	}

	public String contentType() {
		return kind == Kind.DICOM ? "application/dicom" : "image/png";
	}
}
