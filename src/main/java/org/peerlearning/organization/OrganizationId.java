package org.peerlearning.organization;

import java.util.Objects;
import java.util.UUID;

/** Identifies an organization (a hospital or an imaging group). */
public record OrganizationId(UUID value) {

	public OrganizationId {
		Objects.requireNonNull(value, "value");
	}

	public static OrganizationId random() {
		return new OrganizationId(UUID.randomUUID());
	}

	public static OrganizationId of(String value) {
		return new OrganizationId(UUID.fromString(value));
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
