package org.peerlearning.identity;

import java.util.Map;
import java.util.UUID;

import org.peerlearning.platform.AuditableEvent;

/** A person signed in, with a password ({@code password}) or through single sign-on ({@code sso}). */
public record SignedIn(PersonId person, String method) implements AuditableEvent {

	@Override
	public String action() {
		return "identity.signed-in";
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

	@Override
	public Map<String, String> details() {
		return Map.of("method", method);
	}
}
