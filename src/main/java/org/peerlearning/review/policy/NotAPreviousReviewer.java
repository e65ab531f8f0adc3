package org.peerlearning.review.policy;

/** A second review comes from someone who has not reviewed (or been asked to review) the case already. */
public final class NotAPreviousReviewer implements AssignmentPolicy {

	@Override
	public String name() {
		return "not-a-previous-reviewer";
	}

	@Override
	public Verdict judge(Candidate candidate, CaseFacts facts) {
		return facts.previousReviewers().contains(candidate.id()) ? Verdict.refused("review.policy.previous") : Verdict.neutral();
	}
}
