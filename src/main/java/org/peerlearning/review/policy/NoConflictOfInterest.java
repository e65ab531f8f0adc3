package org.peerlearning.review.policy;

/** Nobody reviews the work of someone they declared a conflict of interest with. */
public final class NoConflictOfInterest implements AssignmentPolicy {

	@Override
	public String name() {
		return "no-conflict-of-interest";
	}

	@Override
	public Verdict judge(Candidate candidate, CaseFacts facts) {
		return facts.authorConflicts().contains(candidate.id()) ? Verdict.refused("review.policy.conflict") : Verdict.neutral();
	}
}
