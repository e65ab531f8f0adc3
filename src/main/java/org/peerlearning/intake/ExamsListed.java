package org.peerlearning.intake;

import java.util.Map;
import java.util.UUID;

import org.peerlearning.platform.AuditableEvent;

/** Someone was shown a list of exams with patient identifiers. */
public record ExamsListed(UUID organizationId, UUID actorId, int count, String query) implements AuditableEvent {

	@Override
	public String action() {
		return "intake.exams.listed";
	}

	@Override
	public String targetType() {
		return "exam";
	}

	@Override
	public String targetId() {
		return null;
	}

	/** How many exams were shown and which filters were used (never the patient data itself). */
	@Override
	public Map<String, String> details() {
		return Map.of("count", Integer.toString(count), "filters", query == null ? "" : query);
	}
}
