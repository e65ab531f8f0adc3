package org.peerlearning.review.policy;

import java.util.List;

import org.peerlearning.identity.PersonId;

/** A radiologist who might review a case, with what the policies need to know about them. */
public record Candidate(PersonId id, String name, List<String> subspecialties, int openAssignments) {

	public Candidate {
		subspecialties = subspecialties == null ? List.of() : List.copyOf(subspecialties);
	}
}
