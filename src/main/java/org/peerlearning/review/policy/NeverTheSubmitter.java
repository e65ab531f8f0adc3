package org.peerlearning.review.policy;

/** Whoever brought the case reviews it neither: the review must be a second, independent look. */
public final class NeverTheSubmitter implements AssignmentPolicy {

	@Override
	public String name() {
		return "never-the-submitter";
	}

	@Override
	public Verdict judge(Candidate candidate, CaseFacts facts) {
		return candidate.id().equals(facts.submitterId()) ? Verdict.refused("review.policy.submitter") : Verdict.neutral();
	}
}
