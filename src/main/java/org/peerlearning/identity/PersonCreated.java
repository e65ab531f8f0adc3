package org.peerlearning.identity;

import java.util.Map;
import java.util.UUID;

import org.peerlearning.platform.AuditableEvent;

/** An administrator created a person (an account); never carries the password. */
public record PersonCreated(UUID organizationId, UUID actorId, String targetId, Map<String, String> details) implements AuditableEvent {

	public PersonCreated {
		details = Map.copyOf(details);
	}

	@Override
	public String action() {
		return "identity.person.created";
	}

	@Override
	public String targetType() {
		return "person";
	}
}
