package org.peerlearning.cases;

import java.util.Map;
import java.util.UUID;

import org.peerlearning.platform.AuditableEvent;

/** A case was opened: submitted by a person, drawn as a sample, or raised by an outside signal. */
public record CaseSubmitted(UUID organizationId, UUID actorId, UUID caseId, CaseSource source, CaseState state)
		implements AuditableEvent {

	@Override
	public String action() {
		return "cases.case.submitted";
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
		return Map.of("source", source.name(), "state", state.name());
	}
}
