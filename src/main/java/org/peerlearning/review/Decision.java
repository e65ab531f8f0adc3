package org.peerlearning.review;

import java.time.Instant;
import java.util.Set;

import org.peerlearning.cases.CaseAction;
import org.peerlearning.cases.CaseId;
import org.peerlearning.identity.PersonId;

/**
 * The committee's consensus on a case and what it did about safety.
 *
 * @param score the RADPEER score, {@code null} when the organization scores on a scale of its own
 * @param scaleCode the scale the consensus was scored on
 * @param scoreCode the level chosen on that scale
 */
public record Decision(CaseId caseId, Score score, CaseAction outcome, String learningPoint, Set<SafetyAction> safetyActions,
		PersonId decidedBy, Instant at, String scaleCode, String scoreCode) {
}
