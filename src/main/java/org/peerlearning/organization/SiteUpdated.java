package org.peerlearning.organization;

import java.util.Map;
import java.util.UUID;

import org.peerlearning.platform.AuditableEvent;

/** A site's name or code was changed; details name the changed fields. */
public record SiteUpdated(UUID organizationId, UUID actorId, String targetId, Map<String, String> details) implements AuditableEvent {

	public SiteUpdated {
		details = Map.copyOf(details);
	}

	@Override
	public String action() {
		return "organization.site.updated";
	}

	@Override
	public String targetType() {
		return "site";
	}
}
