package org.peerlearning.review.policy;

import java.util.List;
import java.util.Optional;

import org.peerlearning.cases.CaseAction;
import org.peerlearning.cases.CaseSource;
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
		boolean disputed = reviews.stream().map(r -> r.score().level()).distinct().count() > 1;
		if (disputed || reviews.stream().anyMatch(r -> r.score().goesToCommittee() || r.recommendation() == Recommendation.REFER_TO_COMMITTEE)) {
			return Optional.of(CaseAction.REFER_TO_COMMITTEE);
		}
		if (source == CaseSource.GREAT_CALL) {
			return Optional.of(CaseAction.SEND_FEEDBACK);
		}
		if (reviews.stream().allMatch(r -> r.score() == Score.S1 && r.recommendation() == Recommendation.NO_FURTHER_ACTION)) {
			return Optional.of(CaseAction.CONCUR);
		}
		return Optional.of(CaseAction.SEND_FEEDBACK);
	}

	/** What one review said. */
	public record Finding(Score score, Recommendation recommendation) {
	}
}
