package org.peerlearning.audit;

import java.util.Map;
import java.util.UUID;

import org.peerlearning.platform.AuditableEvent;

/** An auditable event as any module would publish one. */
record SomethingHappened(String action, UUID organizationId, UUID actorId, String targetType, String targetId,
		Map<String, String> details) implements AuditableEvent {

	static final String ACTION = "test.something-happened";

	static SomethingHappened in(UUID organization, UUID actor, String targetId) {
		return new SomethingHappened(ACTION, organization, actor, "thing", targetId, Map.of("reason", "testing", "count", "2"));
	}
}
