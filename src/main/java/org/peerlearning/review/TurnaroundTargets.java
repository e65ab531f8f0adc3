package org.peerlearning.review;

import org.peerlearning.organization.OrganizationId;

/** How long a reviewer has by default; 14 days until program settings say otherwise. */
public interface TurnaroundTargets {

	int reviewDays(OrganizationId organization);
}
