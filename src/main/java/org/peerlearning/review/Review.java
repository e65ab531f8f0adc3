package org.peerlearning.review;

import java.time.Instant;
import java.util.List;

import org.peerlearning.cases.CaseId;
import org.peerlearning.identity.PersonId;

/**
 * A reviewer's assessment of a case. The reviewer's identity is for the lead's eyes only.
 *
 * @param score the RADPEER score, {@code null} when the organization scores on a scale of its own
 * @param scaleCode the scale the review was scored on
 * @param scoreCode the level chosen on that scale (for RADPEER, the score's code)
 */
public record Review(AssignmentId assignmentId, CaseId caseId, PersonId reviewerId, Score score, List<String> categories,
		String learningPoint, Recommendation recommendation, Instant at, String scaleCode, String scoreCode) {
}
