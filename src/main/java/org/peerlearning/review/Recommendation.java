package org.peerlearning.review;

/** What the reviewer recommends the program does with the case. */
public enum Recommendation {
	NO_FURTHER_ACTION, FEEDBACK_ONLY, CONFERENCE, IMPROVEMENT_ACTION, REFER_TO_COMMITTEE, SAFETY_ESCALATION,
	OUT_OF_PROGRAM_REFERRAL
}
