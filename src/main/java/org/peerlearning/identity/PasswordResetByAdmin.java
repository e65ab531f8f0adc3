package org.peerlearning.identity;

import java.util.Map;
import java.util.UUID;

import org.peerlearning.platform.AuditableEvent;

/** An administrator issued a new temporary password; the password itself is never recorded. */
public record PasswordResetByAdmin(UUID organizationId, UUID actorId, String targetId, Map<String, String> details) implements AuditableEvent {

	public PasswordResetByAdmin {
		details = Map.copyOf(details);
	}

	@Override
	public String action() {
		return "identity.password.reset-by-admin";
	}

	@Override
	public String targetType() {
		return "person";
	}
}
