package org.peerlearning.feedback;

import java.util.UUID;

public record FeedbackId(UUID value) {

	@Override
	public String toString() {
		return value.toString();
	}
}
