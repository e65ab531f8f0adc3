package org.peerlearning.intake;

import java.util.UUID;

import org.peerlearning.platform.AuditableEvent;

/** Someone was shown one exam with its patient identifiers. */
public record ExamViewed(UUID organizationId, UUID actorId, UUID examId) implements AuditableEvent {

	@Override
	public String action() {
		return "intake.exam.viewed";
	}

	@Override
	public String targetType() {
		return "exam";
	}

	@Override
	public String targetId() {
		return examId.toString();
	}
}
