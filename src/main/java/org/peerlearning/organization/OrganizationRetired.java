package org.peerlearning.organization;

import java.util.Map;
import java.util.UUID;

import org.peerlearning.platform.AuditableEvent;

/** An organization was retired (never deleted); details carry the reason. */
public record OrganizationRetired(UUID organizationId, UUID actorId, String targetId, Map<String, String> details) implements AuditableEvent {

	public OrganizationRetired {
		details = Map.copyOf(details);
	}

	@Override
	public String action() {
		return "organization.retired";
	}

	@Override
	public String targetType() {
		return "organization";
	}
}
