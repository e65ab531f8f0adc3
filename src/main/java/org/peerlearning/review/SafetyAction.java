package org.peerlearning.review;

/** What was done about a patient-safety concern. */
public enum SafetyAction {
	ADDENDUM_REQUESTED, REFERRER_NOTIFIED, INCIDENT_FILED
}
