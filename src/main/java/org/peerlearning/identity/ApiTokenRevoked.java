package org.peerlearning.identity;

import java.util.Map;
import java.util.UUID;

import org.peerlearning.platform.AuditableEvent;

/** A personal API token was revoked; from then on it authenticates nothing. */
public record ApiTokenRevoked(UUID tokenId, PersonId ownerId, UUID revokedBy, String prefix) implements AuditableEvent {

	@Override
	public String action() {
		return "identity.api-token.revoked";
	}

	@Override
	public UUID organizationId() {
		return null;
	}

	@Override
	public UUID actorId() {
		return revokedBy;
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
		return Map.of("owner", ownerId.toString(), "prefix", prefix);
	}
}
