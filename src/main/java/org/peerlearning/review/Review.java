package org.peerlearning.review;

import java.time.Instant;
import java.util.List;

import org.peerlearning.cases.CaseId;
import org.peerlearning.identity.PersonId;

/** A reviewer's assessment of a case. The reviewer's identity is for the lead's eyes only. */
public record Review(AssignmentId assignmentId, CaseId caseId, PersonId reviewerId, Score score, List<String> categories,
		String learningPoint, Recommendation recommendation, Instant at) {
}
