package org.peerlearning.identity;

import java.util.Map;
import java.util.UUID;

import org.peerlearning.platform.AuditableEvent;

/**
 * An API call was authenticated with a personal token. Records the method and the path only: a
 * query string may carry identifiers worth protecting, and the token itself is never recorded.
 *
 * @param organizationId the organization the call acts in, or {@code null} if it could not be told
 */
public record ApiTokenUsed(UUID tokenId, PersonId personId, UUID organizationId, String method, String path)
		implements AuditableEvent {

	@Override
	public String action() {
		return "identity.api-token.used";
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
		return Map.of("method", method, "path", path);
	}
}
