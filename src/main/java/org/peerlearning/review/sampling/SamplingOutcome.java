package org.peerlearning.review.sampling;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What the rules said about one exam: each rule whose scope held the exam, whether it picked it,
 * and which rule owns the sample (the first that picked it, in rule order).
 */
public record SamplingOutcome(List<Verdict> verdicts, Optional<UUID> sampledBy) {

	public SamplingOutcome {
		verdicts = List.copyOf(verdicts);
	}

	public boolean sampled() {
		return sampledBy.isPresent();
	}

	/** One rule's answer for an exam in its scope. */
	public record Verdict(UUID ruleId, boolean selected) {
	}
}
