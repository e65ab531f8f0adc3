package org.peerlearning.organization;

import java.time.Instant;

/** A site of an organization as other modules see it. */
public record Site(SiteId id, OrganizationId organizationId, String name, String code, Instant retiredAt) {

	public boolean active() {
		return retiredAt == null;
	}
}
