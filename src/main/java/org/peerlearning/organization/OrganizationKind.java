package org.peerlearning.organization;

/** What kind of body runs a peer learning program. */
public enum OrganizationKind {
	HOSPITAL, IMAGING_GROUP
}
