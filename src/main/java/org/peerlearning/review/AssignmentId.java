package org.peerlearning.review;

import java.util.Objects;
import java.util.UUID;

/** Identifies one reviewer's assignment to one case. */
public record AssignmentId(UUID value) {

	public AssignmentId {
		Objects.requireNonNull(value, "value");
	}

	public static AssignmentId random() {
		return new AssignmentId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
