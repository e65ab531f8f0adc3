package org.peerlearning.audit.web;

import java.util.UUID;

import org.peerlearning.identity.Viewer;

/**
 * Who sees which entries: an organization administrator the entries of their current
 * organization; a platform administrator every entry, or one organization's when they filter.
 * Everyone else is refused (403).
 *
 * @param organizationId the organization to show, {@code null} for all
 */
record AuditScope(UUID organizationId, boolean platformWide) {

	static AuditScope of(Viewer viewer, UUID requestedOrganization) {
		viewer.requireAdministration();
		if (viewer.platformAdmin()) {
			return new AuditScope(requestedOrganization, true);
		}
		return new AuditScope(viewer.requireOrganization().value(), false);
	}

	/** The scope for reading one entry: a platform administrator reads any. */
	UUID entryScope() {
		return platformWide ? null : organizationId;
	}
}
