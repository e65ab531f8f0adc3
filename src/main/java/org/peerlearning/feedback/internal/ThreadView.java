package org.peerlearning.feedback.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.peerlearning.feedback.FeedbackKind;

/**
 * A feedback thread as one of its two sides sees it: the other side is a name only when it chose
 * to be named (or, for the giver of direct feedback, when they picked the recipient themselves);
 * otherwise a role ("a reviewer", "the author").
 *
 * @param side RECIPIENT or GIVER
 * @param otherSideName the other side's name when it may be shown, else {@code null}
 * @param otherSideRole the key of the other side's role, shown when the name is not
 */
public record ThreadView(UUID id, UUID caseId, FeedbackKind kind, FeedbackMessage.Side side, String otherSideName,
		String otherSideRole, ExamSummary exam, String score, String learningPoint, String message, Instant sentAt,
		Instant acknowledgedAt, Instant conversationRequestedAt, List<Line> lines) {

	public boolean recipient() {
		return side == FeedbackMessage.Side.RECIPIENT;
	}

	public boolean acknowledged() {
		return acknowledgedAt != null;
	}

	/** One reply: mine, or the other side's with a name only if they signed it. */
	public record Line(boolean mine, String authorName, String authorRole, String body, Instant at) {
	}

	/** What the feedback is about, without the patient: the author's own exam, found by its accession. */
	public record ExamSummary(String accession, String modality, String bodyPart, String procedure, Instant examAt,
			String reportText) {
	}
}
