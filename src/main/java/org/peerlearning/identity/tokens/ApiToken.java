package org.peerlearning.identity.tokens;

import java.time.Instant;
import java.util.UUID;

import org.peerlearning.identity.PersonId;

/** A personal API token as lists show it: its name and prefix, never the secret or its hash. */
public record ApiToken(UUID id, PersonId personId, String name, String prefix, Instant createdAt, Instant lastUsedAt,
		Instant expiresAt, Instant revokedAt) {

	public boolean revoked() {
		return revokedAt != null;
	}

	public boolean expired(Instant now) {
		return expiresAt != null && !expiresAt.isAfter(now);
	}

	public boolean active(Instant now) {
		return !revoked() && !expired(now);
	}

	/** For lists: {@code ACTIVE}, {@code EXPIRED} or {@code REVOKED}. */
	public String state(Instant now) {
		return revoked() ? "REVOKED" : expired(now) ? "EXPIRED" : "ACTIVE";
	}
}
