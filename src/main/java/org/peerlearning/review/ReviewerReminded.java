package org.peerlearning.review;

import java.util.Map;
import java.util.UUID;

import org.peerlearning.platform.AuditableEvent;

/** An open review assignment is near or past its due date and its reviewer was reminded. */
public record ReviewerReminded(UUID organizationId, UUID assignmentId, UUID reviewerId) implements AuditableEvent {

	@Override
	public String action() {
		return "review.assignment.reminded";
	}

	@Override
	public UUID actorId() {
		return null;
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
		return Map.of("reviewer", reviewerId.toString());
	}
}
