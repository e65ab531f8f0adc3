package org.peerlearning.intake;

import java.util.Objects;
import java.util.UUID;

/** Identifies an exam received from a feed. */
public record ExamId(UUID value) {

	public ExamId {
		Objects.requireNonNull(value, "value");
	}

	public static ExamId random() {
		return new ExamId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
