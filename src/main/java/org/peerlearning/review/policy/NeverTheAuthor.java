package org.peerlearning.review.policy;

/** A radiologist never reviews their own report. */
public final class NeverTheAuthor implements AssignmentPolicy {

	@Override
	public String name() {
		return "never-the-author";
	}

	@Override
	public Verdict judge(Candidate candidate, CaseFacts facts) {
		return candidate.id().equals(facts.authorId()) ? Verdict.refused("review.policy.author") : Verdict.neutral();
	}
}
