package org.peerlearning.review.policy;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.peerlearning.cases.CaseAction;
import org.peerlearning.cases.CaseSource;
import org.peerlearning.review.Recommendation;
import org.peerlearning.review.Score;
import org.peerlearning.review.policy.ReviewOutcome.Finding;

import static org.assertj.core.api.Assertions.assertThat;

class ReviewOutcomeTests {

	private static final CaseSource LO = CaseSource.LEARNING_OPPORTUNITY;

	@ParameterizedTest
	@EnumSource(value = Score.class, names = { "S2B", "S3A", "S3B" })
	void twoBThreeAAndThreeBGoToTheCommittee(Score score) {
		assertThat(decide(LO, new Finding(score, Recommendation.FEEDBACK_ONLY))).contains(CaseAction.REFER_TO_COMMITTEE);
	}

	@Test
	void aConcurrenceWithNothingToAddClosesTheCase() {
		assertThat(decide(LO, new Finding(Score.S1, Recommendation.NO_FURTHER_ACTION))).contains(CaseAction.CONCUR);
	}

	@Test
	void aMinorDiscrepancyBecomesFeedbackToTheAuthor() {
		assertThat(decide(LO, new Finding(Score.S2A, Recommendation.FEEDBACK_ONLY))).contains(CaseAction.SEND_FEEDBACK);
	}

	@Test
	void reviewersWhoDisagreeSendTheCaseToTheCommittee() {
		assertThat(decide(LO, new Finding(Score.S1, Recommendation.NO_FURTHER_ACTION), new Finding(Score.S2A, Recommendation.FEEDBACK_ONLY)))
			.contains(CaseAction.REFER_TO_COMMITTEE);
	}

	@Test
	void aReviewerMayReferAnyCaseToTheCommittee() {
		assertThat(decide(LO, new Finding(Score.S1, Recommendation.REFER_TO_COMMITTEE))).contains(CaseAction.REFER_TO_COMMITTEE);
	}

	@Test
	void aSafetyConcernIsEscalatedBeforeAnythingElse() {
		assertThat(decide(LO, new Finding(Score.S3B, Recommendation.SAFETY_ESCALATION))).contains(CaseAction.ESCALATE_SAFETY);
	}

	@Test
	void aCompetenceConcernLeavesTheProgram() {
		assertThat(decide(LO, new Finding(Score.S3B, Recommendation.SAFETY_ESCALATION),
				new Finding(Score.S3B, Recommendation.OUT_OF_PROGRAM_REFERRAL)))
			.contains(CaseAction.REFER_OUT_OF_PROGRAM);
	}

	@Test
	void aGreatCallSkipsAdjudicationAndGoesToPositiveFeedback() {
		assertThat(decide(CaseSource.GREAT_CALL, new Finding(Score.S1, Recommendation.CONFERENCE))).contains(CaseAction.SEND_FEEDBACK);
	}

	@Test
	void withoutAnyReviewNothingHappens() {
		assertThat(ReviewOutcome.decide(LO, List.of())).isEmpty();
	}

	private static Optional<CaseAction> decide(CaseSource source, Finding... findings) {
		return ReviewOutcome.decide(source, List.of(findings));
	}
}
