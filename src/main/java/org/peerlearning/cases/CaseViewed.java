package org.peerlearning.cases;

import java.util.Map;
import java.util.UUID;

import org.peerlearning.platform.AuditableEvent;

/**
 * Someone was shown a case, its exam or its report.
 *
 * @param view where: {@code page}, {@code triage}, {@code review}, {@code committee}, {@code api}
 */
public record CaseViewed(UUID organizationId, UUID actorId, UUID caseId, String view) implements AuditableEvent {

	@Override
	public String action() {
		return "cases.case.viewed";
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
		return Map.of("view", view);
	}
}
