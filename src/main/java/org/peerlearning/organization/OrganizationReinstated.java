package org.peerlearning.organization;

import java.util.Map;
import java.util.UUID;

import org.peerlearning.platform.AuditableEvent;

/** A retired organization was made active again. */
public record OrganizationReinstated(UUID organizationId, UUID actorId, String targetId, Map<String, String> details) implements AuditableEvent {

	public OrganizationReinstated {
		details = Map.copyOf(details);
	}

	@Override
	public String action() {
		return "organization.reinstated";
	}

	@Override
	public String targetType() {
		return "organization";
	}
}
