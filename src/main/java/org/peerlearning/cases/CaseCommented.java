package org.peerlearning.cases;

import java.util.UUID;

import org.peerlearning.platform.AuditableEvent;

/** Someone commented on a case (the comment itself stays with the case, not in the audit trail). */
public record CaseCommented(UUID organizationId, UUID actorId, UUID caseId) implements AuditableEvent {

	@Override
	public String action() {
		return "cases.case.commented";
	}

	@Override
	public String targetType() {
		return "case";
	}

	@Override
	public String targetId() {
		return caseId.toString();
	}
}
