package org.peerlearning.platform;

import java.util.Map;
import java.util.UUID;

/**
 * A domain event that belongs in the audit trail. Modules publish their own past-tense events
 * (sign-ins, administrative changes, views of a case) and implement this so the audit module can
 * record them without knowing each one. Details must never carry patient data.
 */
public interface AuditableEvent {

	/** A stable, dotted name such as {@code identity.signed-in} or {@code organization.site.retired}. */
	String action();

	/** The organization concerned, or {@code null} for platform-wide events. */
	UUID organizationId();

	/** The person who acted, or {@code null} when the system or an unknown party acted. */
	UUID actorId();

	/** What the action was about, such as {@code person} or {@code site}; may be {@code null}. */
	String targetType();

	/** The id of what the action was about; may be {@code null}. */
	String targetId();

	/** Extra facts (never patient data), such as the e-mail typed in a failed sign-in. */
	default Map<String, String> details() {
		return Map.of();
	}
}
