package org.peerlearning.cases;

import java.util.Map;
import java.util.UUID;

import org.peerlearning.platform.AuditableEvent;

/** The program lead decided what becomes of a submitted case: accepted, cancelled, rejected or merged. */
public record CaseTriaged(UUID organizationId, UUID actorId, UUID caseId, CaseAction decision) implements AuditableEvent {

	@Override
	public String action() {
		return "cases.case.triaged";
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
		return Map.of("decision", decision.name());
	}
}
