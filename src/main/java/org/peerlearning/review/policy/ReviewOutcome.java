package org.peerlearning.review.policy;

import java.util.List;
import java.util.Optional;

import org.peerlearning.cases.CaseAction;
import org.peerlearning.cases.CaseSource;
import org.peerlearning.organization.ScaleLevel;
import org.peerlearning.review.Recommendation;
import org.peerlearning.review.Score;

/**
 * Where a case goes once all its reviews are in. Side tracks first (out of program, then safety);
 * then the committee for 2b, 3a, 3b, a request to refer, or reviewers who disagree; a great call
 * goes to positive feedback; unanimous concurrence with nothing to add closes the case; anything
 * else becomes feedback to the author.
 */
public final class ReviewOutcome {

	private ReviewOutcome() {
	}

	public static Optional<CaseAction> decide(CaseSource source, List<Finding> reviews) {
		if (reviews.isEmpty()) {
			return Optional.empty();
		}
		if (reviews.stream().anyMatch(r -> r.recommendation() == Recommendation.OUT_OF_PROGRAM_REFERRAL)) {
			return Optional.of(CaseAction.REFER_OUT_OF_PROGRAM);
		}
		if (reviews.stream().anyMatch(r -> r.recommendation() == Recommendation.SAFETY_ESCALATION)) {
			return Optional.of(CaseAction.ESCALATE_SAFETY);
		}
		boolean disputed = reviews.stream().map(Finding::level).distinct().count() > 1;
		if (disputed || reviews.stream().anyMatch(r -> r.adjudication() || r.recommendation() == Recommendation.REFER_TO_COMMITTEE)) {
			return Optional.of(CaseAction.REFER_TO_COMMITTEE);
		}
		if (source == CaseSource.GREAT_CALL) {
			return Optional.of(CaseAction.SEND_FEEDBACK);
		}
		if (reviews.stream().allMatch(r -> r.concur() && r.recommendation() == Recommendation.NO_FURTHER_ACTION)) {
			return Optional.of(CaseAction.CONCUR);
		}
		return Optional.of(CaseAction.SEND_FEEDBACK);
	}

	/**
	 * What one review said: the level chosen ({@code level}: reviews disagree when they chose
	 * different ones), whether that level goes to adjudication or concurs, and the recommendation.
	 */
	public record Finding(String level, boolean adjudication, boolean concur, Recommendation recommendation) {

		/** A RADPEER 2016 score: 2b, 3a and 3b go to adjudication; reviews disagree across 1, 2 and 3. */
		public Finding(Score score, Recommendation recommendation) {
			this(String.valueOf(score.level()), score.goesToCommittee(), score == Score.S1, recommendation);
		}

		/** A level of the organization's own scale. */
		public static Finding of(ScaleLevel level, Recommendation recommendation) {
			return new Finding(level.code(), level.adjudication(), level.concur(), recommendation);
		}
	}
}
