package org.peerlearning.audit.web;

import java.time.Instant;
import java.util.Objects;

import org.peerlearning.audit.internal.ChainVerification;
import org.peerlearning.identity.Viewer;

/**
 * The chain check as a viewer may see it. The chain is one for the whole platform and is always
 * checked whole; an organization administrator learns whether it holds, but which entry broke
 * only when that entry is their organization's.
 */
record VerificationReport(boolean intact, long entriesChecked, Long firstBrokenEntryId, Instant firstBrokenEntryOccurredAt,
		String reason) {

	static VerificationReport of(ChainVerification result, Viewer viewer) {
		viewer.requireAdministration();
		boolean mayKnowWhich = viewer.platformAdmin() || viewer.organizationId() != null
				&& Objects.equals(result.firstBrokenEntryOrganizationId(), viewer.organizationId().value());
		if (result.intact() || mayKnowWhich) {
			return new VerificationReport(result.intact(), result.entriesChecked(), result.firstBrokenEntryId(),
					result.firstBrokenEntryOccurredAt(), result.reason());
		}
		return new VerificationReport(false, result.entriesChecked(), null, null, result.reason());
	}
}
