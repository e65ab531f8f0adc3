package org.peerlearning.cases;

/** A file that cannot become a key image; {@link #reason()} is a message key of the cases bundle. */
public class UnusableAttachmentException extends RuntimeException {

	private final String reason;

	public UnusableAttachmentException(String reason, String detail) {
		super(detail);
		this.reason = reason;
	}

	public String reason() {
		return reason;
	}
}
