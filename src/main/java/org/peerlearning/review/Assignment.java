package org.peerlearning.review;

import java.time.Instant;
import java.time.LocalDate;

import org.peerlearning.cases.CaseId;
import org.peerlearning.identity.PersonId;

/** One reviewer's assignment to a case. */
public record Assignment(AssignmentId id, CaseId caseId, PersonId reviewerId, LocalDate due, Status status, PersonId assignedBy,
		Instant remindedAt, Instant createdAt) {

	public enum Status {
		OPEN, COMPLETED, WITHDRAWN
	}

	public boolean open() {
		return status == Status.OPEN;
	}
}
