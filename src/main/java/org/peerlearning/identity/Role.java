package org.peerlearning.identity;

/** What a person may do in one organization. Platform administration is a flag on the person. */
public enum Role {
	RADIOLOGIST, TECHNOLOGIST, REFERRING_CLINICIAN, PROGRAM_LEAD, QUALITY_COMMITTEE, ORGANIZATION_ADMIN
}
