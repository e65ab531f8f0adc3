package org.peerlearning.identity;

import java.util.Map;
import java.util.UUID;

import org.peerlearning.platform.AuditableEvent;

/** An administrator unlocked an account locked after failed sign-ins. */
public record AccountUnlocked(UUID organizationId, UUID actorId, String targetId, Map<String, String> details) implements AuditableEvent {

	public AccountUnlocked {
		details = Map.copyOf(details);
	}

	@Override
	public String action() {
		return "identity.account.unlocked";
	}

	@Override
	public String targetType() {
		return "person";
	}
}
