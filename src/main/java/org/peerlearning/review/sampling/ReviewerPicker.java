package org.peerlearning.review.sampling;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiPredicate;

/**
 * Chooses who reviews a sampled exam among a pool: never the radiologist who read it, never
 * someone in a conflict-of-interest pair with them, nobody who already has their month's quota of
 * the rule's exams; among the rest, the one with the fewest reviews assigned this month (ties by
 * id, so the choice is reproducible).
 */
public final class ReviewerPicker {

	private ReviewerPicker() {
	}

	/**
	 * @param quotaPerMonth the rule's quota per reviewer, {@code null} for none
	 * @param assignedForRule this month's assignments of the rule, per reviewer
	 * @param assignedInAll this month's assignments of every rule, per reviewer
	 * @param conflicted whether two people must not review each other
	 */
	public static Optional<UUID> pick(UUID readingRadiologist, List<UUID> pool, Integer quotaPerMonth,
			Map<UUID, Integer> assignedForRule, Map<UUID, Integer> assignedInAll, BiPredicate<UUID, UUID> conflicted) {
		return pool.stream()
			.distinct()
			.filter(candidate -> !candidate.equals(readingRadiologist))
			.filter(candidate -> readingRadiologist == null || !conflicted.test(candidate, readingRadiologist))
			.filter(candidate -> quotaPerMonth == null || assignedForRule.getOrDefault(candidate, 0) < quotaPerMonth)
			.min(Comparator.<UUID>comparingInt(candidate -> assignedInAll.getOrDefault(candidate, 0))
				.thenComparing(Comparator.naturalOrder()));
	}
}
