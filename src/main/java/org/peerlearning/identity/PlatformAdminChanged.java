package org.peerlearning.identity;

import java.util.Map;
import java.util.UUID;

import org.peerlearning.platform.AuditableEvent;

/** A platform administrator granted or withdrew the platform administration flag of a person. */
public record PlatformAdminChanged(UUID organizationId, UUID actorId, String targetId, Map<String, String> details) implements AuditableEvent {

	public PlatformAdminChanged {
		details = Map.copyOf(details);
	}

	@Override
	public String action() {
		return "identity.person.platform-admin-changed";
	}

	@Override
	public String targetType() {
		return "person";
	}
}
