package org.peerlearning.identity;

import java.util.Map;
import java.util.UUID;

import org.peerlearning.platform.AuditableEvent;

/** A person's password was changed (by themselves, or as required at their first sign-in). */
public record PasswordChanged(PersonId person, PersonId actor, boolean wasRequired) implements AuditableEvent {

	@Override
	public String action() {
		return "identity.password-changed";
	}

	@Override
	public UUID organizationId() {
		return null;
	}

	@Override
	public UUID actorId() {
		return actor.value();
	}

	@Override
	public String targetType() {
		return "person";
	}

	@Override
	public String targetId() {
		return person.toString();
	}

	@Override
	public Map<String, String> details() {
		return Map.of("required", Boolean.toString(wasRequired));
	}
}
