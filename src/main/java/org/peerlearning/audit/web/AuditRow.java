package org.peerlearning.audit.web;

import java.util.Map;

/** An audit entry made readable for one viewer: local time, labels in their language. */
record AuditRow(long id, String time, String isoTime, String organization, String actor, String action, String actionLabel,
		String targetType, String targetId, String clientIp, String userAgent, Map<String, String> details, String previousHash,
		String hash) {
}
