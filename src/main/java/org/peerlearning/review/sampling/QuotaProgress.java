package org.peerlearning.review.sampling;

/**
 * A reviewer's sampled exams this month against their quota ("12 of 20 this month").
 *
 * @param quota the sum of the quotas of the rules whose pools they are in; {@code null} when none
 *     of those rules sets a quota
 */
public record QuotaProgress(int assigned, Integer quota) {

	public boolean hasQuota() {
		return quota != null;
	}

	/** Percentage done, capped at 100, for a progress bar. */
	public int percent() {
		return quota == null || quota == 0 ? 0 : Math.min(100, assigned * 100 / quota);
	}
}
