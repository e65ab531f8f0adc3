package org.peerlearning.audit.internal;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** What is known of an entry before it takes its place in the chain. */
public record NewEntry(Instant occurredAt, UUID organizationId, UUID actorId, String actorLabel, String action,
		String targetType, String targetId, Map<String, String> details, String clientIp, String userAgent) {
}
