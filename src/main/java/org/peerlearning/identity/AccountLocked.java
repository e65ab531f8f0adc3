package org.peerlearning.identity;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.peerlearning.platform.AuditableEvent;

/** Too many wrong passwords in a row: the account refuses every sign-in until {@code until}. */
public record AccountLocked(PersonId person, Instant until, int failedSignIns) implements AuditableEvent {

	@Override
	public String action() {
		return "identity.account-locked";
	}

	@Override
	public UUID organizationId() {
		return null;
	}

	/** Nobody acted on purpose: the system locked the account. */
	@Override
	public UUID actorId() {
		return null;
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
		return Map.of("until", until.toString(), "failedSignIns", Integer.toString(failedSignIns));
	}
}
