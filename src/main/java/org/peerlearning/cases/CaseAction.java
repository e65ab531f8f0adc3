package org.peerlearning.cases;

/** The steps that move a case from one {@link CaseState} to another. */
public enum CaseAction {
	SUBMIT, ACCEPT, CANCEL, REJECT, MERGE, ASSIGN, CONCUR, REFER_TO_COMMITTEE, SEND_FEEDBACK, ACKNOWLEDGE,
	QUEUE_FOR_CONFERENCE, PRESENT, START_FOLLOW_UP, CLOSE, ESCALATE_SAFETY, REFER_OUT_OF_PROGRAM
}
