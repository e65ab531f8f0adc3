package org.peerlearning.intake.domain;

import org.peerlearning.organization.OrganizationId;
import org.peerlearning.organization.SiteId;

/** Where a sender's messages belong: an organization and, when known, one of its sites. */
public record Route(OrganizationId organizationId, SiteId siteId) {
}
