package org.peerlearning.identity;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.peerlearning.platform.AuditableEvent;

/**
 * A person created a personal API token. Tokens belong to the person, not to one organization, so
 * the event is platform-wide. Never carries the token, only its shown prefix.
 */
public record ApiTokenCreated(UUID tokenId, PersonId personId, String name, String prefix, Instant expiresAt)
		implements AuditableEvent {

	@Override
	public String action() {
		return "identity.api-token.created";
	}

	@Override
	public UUID organizationId() {
		return null;
	}

	@Override
	public UUID actorId() {
		return personId.value();
	}

	@Override
	public String targetType() {
		return "api-token";
	}

	@Override
	public String targetId() {
		return tokenId.toString();
	}

	@Override
	public Map<String, String> details() {
		Map<String, String> details = new LinkedHashMap<>();
		details.put("name", name);
		details.put("prefix", prefix);
		details.put("expiresAt", expiresAt == null ? "never" : expiresAt.toString());
		return details;
	}
}
