package org.peerlearning.organization;

import java.util.Map;
import java.util.UUID;

import org.peerlearning.platform.AuditableEvent;

/** A site was retired (never deleted); details carry the reason. */
public record SiteRetired(UUID organizationId, UUID actorId, String targetId, Map<String, String> details) implements AuditableEvent {

	public SiteRetired {
		details = Map.copyOf(details);
	}

	@Override
	public String action() {
		return "organization.site.retired";
	}

	@Override
	public String targetType() {
		return "site";
	}
}
