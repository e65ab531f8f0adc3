package org.peerlearning.organization;

import java.time.Instant;

/** An organization as other modules see it. */
public record Organization(OrganizationId id, String name, OrganizationKind kind, Instant retiredAt) {

	public boolean active() {
		return retiredAt == null;
	}
}
