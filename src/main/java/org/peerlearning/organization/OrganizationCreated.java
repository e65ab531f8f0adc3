package org.peerlearning.organization;

import java.util.Map;
import java.util.UUID;

import org.peerlearning.platform.AuditableEvent;

/** An organization was created by a platform administrator. */
public record OrganizationCreated(UUID organizationId, UUID actorId, String targetId, Map<String, String> details) implements AuditableEvent {

	public OrganizationCreated {
		details = Map.copyOf(details);
	}

	@Override
	public String action() {
		return "organization.created";
	}

	@Override
	public String targetType() {
		return "organization";
	}
}
