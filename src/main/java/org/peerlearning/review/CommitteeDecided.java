package org.peerlearning.review;

import java.util.Map;
import java.util.UUID;

import org.peerlearning.cases.CaseAction;
import org.peerlearning.platform.AuditableEvent;

/** The committee recorded its consensus on an adjudicated or escalated case. */
public record CommitteeDecided(UUID organizationId, UUID actorId, UUID caseId, String score, CaseAction outcome,
		String safetyActions) implements AuditableEvent {

	@Override
	public String action() {
		return "review.committee.decided";
	}

	@Override
	public String targetType() {
		return "case";
	}

	@Override
	public String targetId() {
		return caseId.toString();
	}

	@Override
	public Map<String, String> details() {
		return Map.of("score", score, "outcome", outcome.name(), "safetyActions", safetyActions);
	}
}
