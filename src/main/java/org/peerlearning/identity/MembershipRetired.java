package org.peerlearning.identity;

import java.util.Map;
import java.util.UUID;

import org.peerlearning.platform.AuditableEvent;

/** A person's membership of an organization was retired (the person stays); details carry the reason. */
public record MembershipRetired(UUID organizationId, UUID actorId, String targetId, Map<String, String> details) implements AuditableEvent {

	public MembershipRetired {
		details = Map.copyOf(details);
	}

	@Override
	public String action() {
		return "identity.membership.retired";
	}

	@Override
	public String targetType() {
		return "person";
	}
}
