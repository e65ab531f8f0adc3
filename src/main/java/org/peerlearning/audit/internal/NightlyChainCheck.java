package org.peerlearning.audit.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Verifies the chain every night so tampering is noticed even if nobody presses the button. Runs
 * on every instance (no cross-instance lock yet): the check only reads, so running twice is
 * harmless, merely wasteful.
 */
@Component
class NightlyChainCheck {

	private static final Logger log = LoggerFactory.getLogger(NightlyChainCheck.class);

	private final ChainVerifier verifier;

	NightlyChainCheck(ChainVerifier verifier) {
		this.verifier = verifier;
	}

	@Scheduled(cron = "${peerlearning.audit.verify-cron:0 30 2 * * *}")
	void verify() {
		ChainVerification result = verifier.verify();
		if (result.intact()) {
			log.info("Audit chain intact: {} entries checked", result.entriesChecked());
		}
		else {
			log.error("Audit chain BROKEN at entry {} (occurred {}): {}; {} entries checked", result.firstBrokenEntryId(),
					result.firstBrokenEntryOccurredAt(), result.reason(), result.entriesChecked());
		}
	}
}
