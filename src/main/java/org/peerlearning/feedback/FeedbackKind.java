package org.peerlearning.feedback;

/** What the feedback is about; great calls and thanks are feedback too. */
public enum FeedbackKind {

	/** From a reviewed learning case: the reviewer's or the committee's assessment and learning point. */
	LEARNING_OPPORTUNITY,
	/** A great call, from a case or straight from a colleague. */
	GREAT_CALL,
	/** To a technologist: the images. */
	IMAGE_QUALITY,
	/** To a technologist or radiologist: the protocol chosen. */
	PROTOCOL,
	/** From a referring clinician about a report. */
	REFERRER_CONCERN,
	/** Anything else a colleague wants to say about an exam. */
	OTHER;

	/** Kinds a person can give straight to a colleague, without a case. */
	public static final java.util.List<FeedbackKind> DIRECT = java.util.List.of(GREAT_CALL, IMAGE_QUALITY, PROTOCOL,
			REFERRER_CONCERN, OTHER);

	public boolean positive() {
		return this == GREAT_CALL;
	}
}
