package org.peerlearning.audit.internal;

import java.time.Instant;
import java.util.UUID;

/**
 * The outcome of walking the chain: intact with the number of entries checked, or the first
 * broken entry and why.
 *
 * @param entriesChecked entries read, the broken one included
 * @param reason {@link #HASH_MISMATCH} or {@link #PREVIOUS_HASH_MISMATCH}, {@code null} when intact
 */
public record ChainVerification(boolean intact, long entriesChecked, Long firstBrokenEntryId,
		Instant firstBrokenEntryOccurredAt, UUID firstBrokenEntryOrganizationId, String reason) {

	/** The entry's fields no longer give its stored hash: the entry itself was altered. */
	public static final String HASH_MISMATCH = "hash-mismatch";

	/**
	 * The entry does not point at the hash of the entry before it: an entry before it was removed,
	 * inserted or rewritten together with its hash.
	 */
	public static final String PREVIOUS_HASH_MISMATCH = "previous-hash-mismatch";

	static ChainVerification intact(long checked) {
		return new ChainVerification(true, checked, null, null, null, null);
	}

	static ChainVerification broken(long checked, AuditEntry entry, String reason) {
		return new ChainVerification(false, checked, entry.id(), entry.occurredAt(), entry.organizationId(), reason);
	}
}
