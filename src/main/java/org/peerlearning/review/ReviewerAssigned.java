package org.peerlearning.review;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.peerlearning.platform.AuditableEvent;

/** A reviewer was asked to review a case by a due date. */
public record ReviewerAssigned(UUID organizationId, UUID actorId, UUID assignmentId, UUID caseId, UUID reviewerId, LocalDate due)
		implements AuditableEvent {

	@Override
	public String action() {
		return "review.assignment.created";
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
		return Map.of("case", caseId.toString(), "reviewer", reviewerId.toString(), "due", due.toString());
	}
}
