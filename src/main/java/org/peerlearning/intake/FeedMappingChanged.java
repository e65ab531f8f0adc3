package org.peerlearning.intake;

import java.util.Map;
import java.util.UUID;

import org.peerlearning.platform.AuditableEvent;

/**
 * An administrator changed how the feed is read: routed a sender ({@code intake.facility.routed}),
 * retired a route ({@code intake.facility.route-retired}), mapped a radiologist identifier
 * ({@code intake.radiologist.mapped}) or replayed a rejected message ({@code intake.message.replayed}).
 */
public record FeedMappingChanged(String action, UUID organizationId, UUID actorId, String targetType, String targetId,
		Map<String, String> details) implements AuditableEvent {

	public FeedMappingChanged {
		details = details == null ? Map.of() : Map.copyOf(details);
	}
}
