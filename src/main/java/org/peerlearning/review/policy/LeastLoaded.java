package org.peerlearning.review.policy;

/** Among equals, the reviewer with the fewest open assignments comes first. */
public final class LeastLoaded implements AssignmentPolicy {

	@Override
	public String name() {
		return "least-loaded";
	}

	@Override
	public Verdict judge(Candidate candidate, CaseFacts facts) {
		return Verdict.preferred(-candidate.openAssignments(), null);
	}
}
