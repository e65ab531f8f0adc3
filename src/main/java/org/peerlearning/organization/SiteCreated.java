package org.peerlearning.organization;

import java.util.Map;
import java.util.UUID;

import org.peerlearning.platform.AuditableEvent;

/** A site was added to an organization. */
public record SiteCreated(UUID organizationId, UUID actorId, String targetId, Map<String, String> details) implements AuditableEvent {

	public SiteCreated {
		details = Map.copyOf(details);
	}

	@Override
	public String action() {
		return "organization.site.created";
	}

	@Override
	public String targetType() {
		return "site";
	}
}
