package org.peerlearning.notification.internal;

import java.time.Instant;
import java.util.UUID;

/** A notice as its recipient sees it in the list. */
public record StoredNotice(UUID id, UUID organizationId, UUID recipientId, String kind, String link, Instant createdAt,
		Instant readAt) {

	public boolean unread() {
		return readAt == null;
	}
}
