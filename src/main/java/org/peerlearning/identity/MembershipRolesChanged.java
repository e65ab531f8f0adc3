package org.peerlearning.identity;

import java.util.Map;
import java.util.UUID;

import org.peerlearning.platform.AuditableEvent;

/** A member's roles in an organization changed; details carry the old and new roles. */
public record MembershipRolesChanged(UUID organizationId, UUID actorId, String targetId, Map<String, String> details) implements AuditableEvent {

	public MembershipRolesChanged {
		details = Map.copyOf(details);
	}

	@Override
	public String action() {
		return "identity.membership.roles-changed";
	}

	@Override
	public String targetType() {
		return "person";
	}
}
