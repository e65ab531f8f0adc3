package org.peerlearning.review;

import java.util.Set;

import org.peerlearning.identity.PersonId;
import org.peerlearning.organization.OrganizationId;

/**
 * Pairs of people who must not review each other's work (partners, relatives, a dispute), as the
 * organization's program settings list them.
 */
public interface ConflictsOfInterest {

	/** The people {@code person} has a declared conflict with, in either direction. */
	Set<PersonId> of(OrganizationId organization, PersonId person);
}
