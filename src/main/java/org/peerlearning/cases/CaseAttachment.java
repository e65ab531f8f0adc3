package org.peerlearning.cases;

import java.time.Instant;
import java.util.UUID;

/**
 * A key image of a case, as stored: de-identified. {@code burnedInCheck}: the image may carry text
 * burned into its pixels (the profile cannot remove it), so the program lead must look at it
 * ({@code checkedAt}) before a reviewer is shown it.
 */
public record CaseAttachment(UUID id, CaseId caseId, int number, Kind kind, long sizeBytes, boolean hasPreview,
		boolean burnedInCheck, String modality, Instant createdAt, Instant checkedAt) {

	/** Whether it may be shown to people kept blind to the author: nothing to check, or checked. */
	public boolean clearedForReview() {
		return !burnedInCheck || checkedAt != null;
	}

	/** Flagged and not yet looked at by the lead. */
	public boolean awaitingCheck() {
		return burnedInCheck && checkedAt == null;
	}

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
