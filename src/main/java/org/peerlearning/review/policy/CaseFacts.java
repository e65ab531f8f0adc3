package org.peerlearning.review.policy;

import java.util.Set;

import org.peerlearning.identity.PersonId;

/**
 * What the policies know of a case: its author and submitter (never shown to the reviewer), who
 * reviewed or was asked to review it before, the people in conflict with the author, and the exam's
 * modality and body part.
 */
public record CaseFacts(PersonId authorId, PersonId submitterId, Set<PersonId> previousReviewers, Set<PersonId> authorConflicts,
		String modality, String bodyPart) {

	public CaseFacts {
		previousReviewers = previousReviewers == null ? Set.of() : Set.copyOf(previousReviewers);
		authorConflicts = authorConflicts == null ? Set.of() : Set.copyOf(authorConflicts);
	}
}
