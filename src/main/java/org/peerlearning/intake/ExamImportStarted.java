package org.peerlearning.intake;

import java.util.Map;
import java.util.UUID;

import org.peerlearning.platform.AuditableEvent;

/** An administrator sent a CSV file of exams to import. */
public record ExamImportStarted(UUID organizationId, UUID actorId, UUID importId, long bytes) implements AuditableEvent {

	@Override
	public String action() {
		return "intake.import.started";
	}

	@Override
	public String targetType() {
		return "exam_import";
	}

	@Override
	public String targetId() {
		return importId.toString();
	}

	@Override
	public Map<String, String> details() {
		return Map.of("bytes", Long.toString(bytes));
	}
}
