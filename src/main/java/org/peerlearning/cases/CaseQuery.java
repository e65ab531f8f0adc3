package org.peerlearning.cases;

import java.util.Set;

import org.peerlearning.identity.PersonId;
import org.peerlearning.intake.ExamId;

/**
 * Criteria for a worklist; nulls and empty sets match everything. Cases referred out of the
 * program are left out unless asked for: they belong to the lead only.
 *
 * @param text words looked for in the submitter's note
 */
public record CaseQuery(Set<CaseState> states, PersonId submitterId, CaseSource source, ExamId examId, String text,
		boolean includeOutOfProgram, int limit) {

	public CaseQuery {
		states = states == null ? Set.of() : Set.copyOf(states);
		limit = limit <= 0 ? 50 : Math.min(limit, 200);
	}

	public static CaseQuery inStates(Set<CaseState> states) {
		return new CaseQuery(states, null, null, null, null, false, 100);
	}

	public static CaseQuery submittedBy(PersonId submitter) {
		return new CaseQuery(Set.of(), submitter, null, null, null, false, 100);
	}
}
