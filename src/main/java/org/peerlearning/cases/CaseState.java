package org.peerlearning.cases;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import static org.peerlearning.cases.CaseAction.ACCEPT;
import static org.peerlearning.cases.CaseAction.ACKNOWLEDGE;
import static org.peerlearning.cases.CaseAction.ASSIGN;
import static org.peerlearning.cases.CaseAction.CANCEL;
import static org.peerlearning.cases.CaseAction.CLOSE;
import static org.peerlearning.cases.CaseAction.CONCUR;
import static org.peerlearning.cases.CaseAction.ESCALATE_SAFETY;
import static org.peerlearning.cases.CaseAction.MERGE;
import static org.peerlearning.cases.CaseAction.PRESENT;
import static org.peerlearning.cases.CaseAction.QUEUE_FOR_CONFERENCE;
import static org.peerlearning.cases.CaseAction.REFER_OUT_OF_PROGRAM;
import static org.peerlearning.cases.CaseAction.REFER_TO_COMMITTEE;
import static org.peerlearning.cases.CaseAction.REJECT;
import static org.peerlearning.cases.CaseAction.SEND_FEEDBACK;
import static org.peerlearning.cases.CaseAction.START_FOLLOW_UP;
import static org.peerlearning.cases.CaseAction.SUBMIT;

/**
 * Where a case stands in the program, and the one place that says which step may follow which.
 * A draft is submitted; the program lead accepts it into triage (samples start there), cancels it
 * (no learning value), rejects it (invalid) or merges it into a duplicate; assigning a reviewer puts
 * it in blinded review; the review closes it (concur), sends feedback, or refers it to the
 * committee; safety escalation and out-of-program referral are side tracks.
 */
public enum CaseState {

	DRAFT, SUBMITTED, TRIAGE, CANCELLED, REJECTED, IN_REVIEW, ADJUDICATION, FEEDBACK_PENDING, FEEDBACK_ACKNOWLEDGED,
	CONFERENCE_QUEUED, PRESENTED, FOLLOW_UP, CLOSED, SAFETY_ESCALATION, OUT_OF_PROGRAM;

	/** The state a case is in after {@code action}, or empty when the action is not allowed from here. */
	public Optional<CaseState> after(CaseAction action) {
		CaseState next = switch (action) {
			case SUBMIT -> when(DRAFT) ? SUBMITTED : null;
			case ACCEPT -> when(SUBMITTED) ? TRIAGE : null;
			case CANCEL -> when(DRAFT, SUBMITTED, TRIAGE) ? CANCELLED : null;
			case REJECT -> when(SUBMITTED, TRIAGE) ? REJECTED : null;
			case MERGE -> when(SUBMITTED, TRIAGE) ? CANCELLED : null;
			// a case already in review may get another reviewer: it stays in review
			case ASSIGN -> when(SUBMITTED, TRIAGE, IN_REVIEW) ? IN_REVIEW : null;
			case CONCUR -> when(IN_REVIEW) ? CLOSED : null;
			case REFER_TO_COMMITTEE -> when(IN_REVIEW, SAFETY_ESCALATION) ? ADJUDICATION : null;
			case SEND_FEEDBACK -> when(IN_REVIEW, ADJUDICATION, SAFETY_ESCALATION) ? FEEDBACK_PENDING : null;
			case ACKNOWLEDGE -> when(FEEDBACK_PENDING) ? FEEDBACK_ACKNOWLEDGED : null;
			case QUEUE_FOR_CONFERENCE -> when(ADJUDICATION, FEEDBACK_PENDING, FEEDBACK_ACKNOWLEDGED) ? CONFERENCE_QUEUED : null;
			case PRESENT -> when(CONFERENCE_QUEUED) ? PRESENTED : null;
			case START_FOLLOW_UP -> when(ADJUDICATION, FEEDBACK_ACKNOWLEDGED, PRESENTED) ? FOLLOW_UP : null;
			case CLOSE -> when(ADJUDICATION, FEEDBACK_ACKNOWLEDGED, PRESENTED, FOLLOW_UP, SAFETY_ESCALATION) ? CLOSED : null;
			case ESCALATE_SAFETY -> when(IN_REVIEW, ADJUDICATION) ? SAFETY_ESCALATION : null;
			case REFER_OUT_OF_PROGRAM -> when(TRIAGE, IN_REVIEW, ADJUDICATION, SAFETY_ESCALATION) ? OUT_OF_PROGRAM : null;
		};
		return Optional.ofNullable(next);
	}

	public boolean allows(CaseAction action) {
		return after(action).isPresent();
	}

	/** The actions allowed from this state, in the order of {@link CaseAction}. */
	public Set<CaseAction> allowedActions() {
		Set<CaseAction> allowed = EnumSet.noneOf(CaseAction.class);
		for (CaseAction action : CaseAction.values()) {
			if (allows(action)) {
				allowed.add(action);
			}
		}
		return allowed;
	}

	/** Nothing more happens to a case in these states. */
	public boolean terminal() {
		return allowedActions().isEmpty();
	}

	/** Waiting for the program lead: submitted, or accepted and waiting for a reviewer. */
	public boolean awaitingTriage() {
		return this == SUBMITTED || this == TRIAGE;
	}

	private boolean when(CaseState... states) {
		for (CaseState state : states) {
			if (state == this) {
				return true;
			}
		}
		return false;
	}
}
