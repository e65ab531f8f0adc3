package org.peerlearning.audit.internal;

import java.util.List;

import org.springframework.stereotype.Service;

/**
 * Walks the whole chain in id order, a page at a time so memory stays flat however long the trail
 * grows, and stops at the first entry that does not hold.
 */
@Service
public class ChainVerifier {

	static final int PAGE = 1000;

	private final AuditEntries entries;

	ChainVerifier(AuditEntries entries) {
		this.entries = entries;
	}

	/**
	 * Needs no transaction: ids are taken under the chain lock, which is held until commit, so an
	 * entry appended while the walk runs always comes after every entry already read.
	 */
	public ChainVerification verify() {
		String expectedPrevious = EntryHash.GENESIS;
		long checked = 0;
		long after = Long.MIN_VALUE;
		while (true) {
			List<AuditEntry> page = entries.chainAfter(after, PAGE);
			for (AuditEntry entry : page) {
				checked++;
				if (!expectedPrevious.equals(entry.previousHash())) {
					return ChainVerification.broken(checked, entry, ChainVerification.PREVIOUS_HASH_MISMATCH);
				}
				if (!EntryHash.of(entry).equals(entry.hash())) {
					return ChainVerification.broken(checked, entry, ChainVerification.HASH_MISMATCH);
				}
				expectedPrevious = entry.hash();
				after = entry.id();
			}
			if (page.size() < PAGE) {
				return ChainVerification.intact(checked);
			}
		}
	}
}
