package org.peerlearning.review;

import org.peerlearning.organization.OrganizationId;

/** How long a reviewer has by default: the organization's program turnaround, 14 days unless set. */
public interface TurnaroundTargets {

	int reviewDays(OrganizationId organization);
}
