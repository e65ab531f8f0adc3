package org.peerlearning.feedback.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.peerlearning.feedback.FeedbackKind;

/**
 * A piece of feedback as stored. Who gave it and who received it are here for the code that
 * decides what each side may see; pages never show them without asking {@link Perspective}.
 *
 * @param giverRole REVIEWER, COMMITTEE or COLLEAGUE: how the recipient is told where it comes from
 */
public record FeedbackThread(UUID id, UUID organizationId, UUID caseId, UUID examId, FeedbackKind kind, UUID recipientId,
		UUID giverId, String giverRole, boolean giverNamed, boolean recipientKnownToGiver, String score, String learningPoint,
		String message, String state, Instant submittedAt, Instant sentAt, Instant acknowledgedAt,
		Instant conversationRequestedAt, int reminders) {

	public boolean acknowledged() {
		return acknowledgedAt != null;
	}

	/** From the case's submission (or the feedback's sending, without a case) to the acknowledgement. */
	public Duration timeToAcknowledgement() {
		return acknowledgedAt == null ? null : Duration.between(submittedAt, acknowledgedAt);
	}
}
