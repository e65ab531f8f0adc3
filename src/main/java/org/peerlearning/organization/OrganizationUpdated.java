package org.peerlearning.organization;

import java.util.Map;
import java.util.UUID;

import org.peerlearning.platform.AuditableEvent;

/** An organization's name or kind was changed; details name the changed fields. */
public record OrganizationUpdated(UUID organizationId, UUID actorId, String targetId, Map<String, String> details) implements AuditableEvent {

	public OrganizationUpdated {
		details = Map.copyOf(details);
	}

	@Override
	public String action() {
		return "organization.updated";
	}

	@Override
	public String targetType() {
		return "organization";
	}
}
