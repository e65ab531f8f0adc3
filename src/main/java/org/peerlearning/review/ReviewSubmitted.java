package org.peerlearning.review;

import java.util.Map;
import java.util.UUID;

import org.peerlearning.platform.AuditableEvent;

/** A reviewer scored a case. Carries the score for metrics; never the author. */
public record ReviewSubmitted(UUID organizationId, UUID actorId, UUID assignmentId, UUID caseId, String score,
		Recommendation recommendation) implements AuditableEvent {

	@Override
	public String action() {
		return "review.review.submitted";
	}

	@Override
	public String targetType() {
		return "review-assignment";
	}

	@Override
	public String targetId() {
		return assignmentId.toString();
	}

	@Override
	public Map<String, String> details() {
		return Map.of("case", caseId.toString(), "score", score, "recommendation", recommendation.name());
	}
}
