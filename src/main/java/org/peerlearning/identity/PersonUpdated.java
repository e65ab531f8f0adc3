package org.peerlearning.identity;

import java.util.Map;
import java.util.UUID;

import org.peerlearning.platform.AuditableEvent;

/** An administrator changed a person's details; details name the changed fields, not their values. */
public record PersonUpdated(UUID organizationId, UUID actorId, String targetId, Map<String, String> details) implements AuditableEvent {

	public PersonUpdated {
		details = Map.copyOf(details);
	}

	@Override
	public String action() {
		return "identity.person.updated";
	}

	@Override
	public String targetType() {
		return "person";
	}
}
