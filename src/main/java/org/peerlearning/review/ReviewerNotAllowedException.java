package org.peerlearning.review;

import java.util.List;

/** A policy refuses this reviewer for this case (the author, the submitter, a conflict...): a 409. */
public class ReviewerNotAllowedException extends RuntimeException {

	private final List<String> reasonKeys;

	public ReviewerNotAllowedException(List<String> reasonKeys) {
		super("reviewer refused by " + reasonKeys);
		this.reasonKeys = List.copyOf(reasonKeys);
	}

	public List<String> reasonKeys() {
		return reasonKeys;
	}
}
