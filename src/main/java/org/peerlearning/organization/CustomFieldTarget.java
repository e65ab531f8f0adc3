package org.peerlearning.organization;

/** Whether a custom field is filled in on a case (by the submitter) or on a review (by the reviewer). */
public enum CustomFieldTarget {
	CASE, REVIEW
}
