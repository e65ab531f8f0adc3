package org.peerlearning.identity;

import java.util.UUID;

import org.peerlearning.platform.AuditableEvent;

/** A person signed out (their session was ended). */
public record SignedOut(PersonId person) implements AuditableEvent {

	@Override
	public String action() {
		return "identity.signed-out";
	}

	@Override
	public UUID organizationId() {
		return null;
	}

	@Override
	public UUID actorId() {
		return person.value();
	}

	@Override
	public String targetType() {
		return "person";
	}

	@Override
	public String targetId() {
		return person.toString();
	}
}
