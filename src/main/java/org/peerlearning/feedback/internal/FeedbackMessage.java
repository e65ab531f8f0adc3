package org.peerlearning.feedback.internal;

import java.time.Instant;
import java.util.UUID;

/** A reply in a feedback thread, from the recipient's side or the giver's. */
public record FeedbackMessage(UUID id, UUID threadId, Side from, UUID authorId, boolean named, String body, Instant at) {

	public enum Side {
		RECIPIENT, GIVER
	}
}
