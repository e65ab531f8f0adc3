package org.peerlearning.intake.hl7;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * What the feed did, for the monitoring of whoever runs the platform: messages by what their
 * acknowledgement said, and how long a frame took from its arrival to its answer. Counts only;
 * no message content, facility or organization.
 */
final class Hl7Metrics {

	private final Counter accepted;

	private final Counter duplicates;

	private final Counter errors;

	private final Counter rejected;

	private final Timer answers;

	Hl7Metrics(MeterRegistry registry) {
		this.accepted = outcome(registry, "accepted", "AA: stored and applied");
		this.duplicates = outcome(registry, "duplicate", "AA: already received, acknowledged again without applying it twice");
		this.errors = outcome(registry, "error", "AE: not stored or not applied; the sender may send it again");
		this.rejected = outcome(registry, "rejected", "AR: refused (unreadable, unsupported, unknown sending facility)");
		this.answers = Timer.builder("peerlearning.hl7.answer")
			.description("Time from a frame's arrival to its acknowledgement, storage included")
			.serviceLevelObjectives(Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25), Duration.ofMillis(50),
					Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofSeconds(1), Duration.ofSeconds(5))
			.register(registry);
	}

	private static Counter outcome(MeterRegistry registry, String outcome, String description) {
		return Counter.builder("peerlearning.hl7.messages")
			.description("HL7 messages received, by outcome; " + description)
			.tag("outcome", outcome)
			.register(registry);
	}

	void count(Outcome outcome) {
		switch (outcome.code()) {
			case AA -> (outcome.reason() == null ? accepted : duplicates).increment();
			case AE -> errors.increment();
			case AR -> rejected.increment();
		}
	}

	void answered(long startNanos) {
		answers.record(System.nanoTime() - startNanos, TimeUnit.NANOSECONDS);
	}
}
