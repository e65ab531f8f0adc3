package org.peerlearning.organization;

import java.util.Objects;
import java.util.UUID;

/** Identifies a site (a hospital campus or imaging clinic) of an organization. */
public record SiteId(UUID value) {

	public SiteId {
		Objects.requireNonNull(value, "value");
	}

	public static SiteId random() {
		return new SiteId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
