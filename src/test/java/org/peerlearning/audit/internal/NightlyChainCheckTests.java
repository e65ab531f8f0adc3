package org.peerlearning.audit.internal;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(OutputCaptureExtension.class)
class NightlyChainCheckTests {

	/** A verifier that always finds the same outcome, standing in for a walk of the database. */
	static ChainVerifier finding(ChainVerification outcome) {
		return new ChainVerifier(null) {
			@Override
			public ChainVerification verify() {
				return outcome;
			}
		};
	}

	@Test
	void aBrokenChainIsLoggedAsAnError(CapturedOutput output) {
		AuditEntry entry = new AuditEntry(7, Instant.parse("2026-11-28T02:30:00Z"), UUID.randomUUID(), null, "system", "x", null,
				null, "{}", null, null, EntryHash.GENESIS, "f".repeat(64));
		new NightlyChainCheck(finding(ChainVerification.broken(7, entry, ChainVerification.HASH_MISMATCH))).verify();
		assertThat(output.getAll()).contains("ERROR").contains("Audit chain BROKEN at entry 7").contains("hash-mismatch");
	}

	@Test
	void anIntactChainIsNoError(CapturedOutput output) {
		new NightlyChainCheck(finding(ChainVerification.intact(12))).verify();
		assertThat(output.getAll()).contains("Audit chain intact: 12 entries checked").doesNotContain("ERROR");
	}
}
