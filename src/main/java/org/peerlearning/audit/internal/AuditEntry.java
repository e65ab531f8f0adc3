package org.peerlearning.audit.internal;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * One recorded entry of the audit trail, as stored. {@code detailsJson} is kept as JSON text so
 * the chain check hashes exactly what the database holds, whatever someone put there.
 */
public record AuditEntry(long id, Instant occurredAt, UUID organizationId, UUID actorId, String actorLabel, String action,
		String targetType, String targetId, String detailsJson, String clientIp, String userAgent, String previousHash,
		String hash) {

	/** The details as sorted text pairs, for reading. */
	public Map<String, String> details() {
		return EntryHash.detailsAsText(detailsJson);
	}
}
