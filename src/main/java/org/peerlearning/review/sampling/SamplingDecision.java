package org.peerlearning.review.sampling;

import java.time.Instant;
import java.util.UUID;

import org.peerlearning.intake.ExamId;
import org.peerlearning.organization.OrganizationId;

/**
 * What sampling decided for one exam: the rule that sampled it (none: not sampled) and the
 * reviewer chosen (none: nobody eligible, the lead assigns by hand).
 */
public record SamplingDecision(UUID id, OrganizationId organizationId, ExamId examId, UUID radiologistId, Instant decidedAt,
		UUID ruleId, UUID reviewerId, Status status) {

	public enum Status {
		/** No rule picked the exam. */
		NOT_SAMPLED,
		/** Sampled with a reviewer chosen; the case is still to be opened. */
		AWAITING_CASE,
		/** Sampled, but nobody in the pool could take it. */
		UNASSIGNED,
		/** The case was opened and assigned. */
		CASE_OPENED
	}
}
