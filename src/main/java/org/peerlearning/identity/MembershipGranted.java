package org.peerlearning.identity;

import java.util.Map;
import java.util.UUID;

import org.peerlearning.platform.AuditableEvent;

/** A person became a member of an organization, with the roles granted. */
public record MembershipGranted(UUID organizationId, UUID actorId, String targetId, Map<String, String> details) implements AuditableEvent {

	public MembershipGranted {
		details = Map.copyOf(details);
	}

	@Override
	public String action() {
		return "identity.membership.granted";
	}

	@Override
	public String targetType() {
		return "person";
	}
}
