package org.peerlearning.cases;

import java.util.Map;
import java.util.UUID;

import org.peerlearning.platform.AuditableEvent;

/** A case moved from one state to another (every step, triage decisions included). */
public record CaseStateChanged(UUID organizationId, UUID actorId, UUID caseId, CaseAction step, CaseState from, CaseState to)
		implements AuditableEvent {

	@Override
	public String action() {
		return "cases.case.state-changed";
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
		return Map.of("step", step.name(), "from", from.name(), "to", to.name());
	}
}
