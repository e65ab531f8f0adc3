package org.peerlearning.review.policy;

/** One named rule about who may review a case, or who is better placed to. Pure: no database. */
public interface AssignmentPolicy {

	/** A stable name, shown to the program lead next to each suggestion. */
	String name();

	Verdict judge(Candidate candidate, CaseFacts facts);
}
