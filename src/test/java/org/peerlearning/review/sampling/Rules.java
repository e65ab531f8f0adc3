package org.peerlearning.review.sampling;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.peerlearning.organization.SamplingMode;
import org.peerlearning.organization.SamplingRule;

/** Builds sampling rules for tests, one change at a time. */
record Rules(SamplingRule rule) {

	static Rules rate(String percent) {
		return new Rules(new SamplingRule(UUID.randomUUID(), "rate " + percent, List.of(), List.of(), List.of(), List.of(), null,
				SamplingMode.RATE, new BigDecimal(percent), null, null, null, null, null, null, true, null, null, 1, null));
	}

	static Rules everyNth(int n) {
		return new Rules(new SamplingRule(UUID.randomUUID(), "every " + n, List.of(), List.of(), List.of(), List.of(), null,
				SamplingMode.EVERY_NTH, null, n, null, null, null, null, null, true, null, null, 1, null));
	}

	Rules modalities(String... modalities) {
		SamplingRule r = rule;
		return new Rules(new SamplingRule(r.id(), r.name(), r.siteIds(), List.of(modalities), r.bodyParts(), r.radiologistIds(),
				r.radiologistPoolId(), r.mode(), r.ratePercent(), r.everyNth(), r.campaignFirstN(), r.campaignRadiologistId(),
				r.campaignNewSince(), r.validFrom(), r.validTo(), r.active(), r.reviewerPoolId(), r.reviewerQuotaPerMonth(),
				r.position(), r.retiredAt()));
	}

	Rules campaign(int firstN, UUID radiologist, LocalDate newSince) {
		SamplingRule r = rule;
		return new Rules(new SamplingRule(r.id(), r.name(), r.siteIds(), r.modalities(), r.bodyParts(), r.radiologistIds(),
				r.radiologistPoolId(), r.mode(), r.ratePercent(), r.everyNth(), firstN, radiologist, newSince, r.validFrom(),
				r.validTo(), r.active(), r.reviewerPoolId(), r.reviewerQuotaPerMonth(), r.position(), r.retiredAt()));
	}

	Rules between(LocalDate from, LocalDate to) {
		SamplingRule r = rule;
		return new Rules(new SamplingRule(r.id(), r.name(), r.siteIds(), r.modalities(), r.bodyParts(), r.radiologistIds(),
				r.radiologistPoolId(), r.mode(), r.ratePercent(), r.everyNth(), r.campaignFirstN(), r.campaignRadiologistId(),
				r.campaignNewSince(), from, to, r.active(), r.reviewerPoolId(), r.reviewerQuotaPerMonth(), r.position(),
				r.retiredAt()));
	}

	Rules position(int position) {
		SamplingRule r = rule;
		return new Rules(new SamplingRule(r.id(), r.name(), r.siteIds(), r.modalities(), r.bodyParts(), r.radiologistIds(),
				r.radiologistPoolId(), r.mode(), r.ratePercent(), r.everyNth(), r.campaignFirstN(), r.campaignRadiologistId(),
				r.campaignNewSince(), r.validFrom(), r.validTo(), r.active(), r.reviewerPoolId(), r.reviewerQuotaPerMonth(),
				position, r.retiredAt()));
	}

	Rules inactive() {
		SamplingRule r = rule;
		return new Rules(new SamplingRule(r.id(), r.name(), r.siteIds(), r.modalities(), r.bodyParts(), r.radiologistIds(),
				r.radiologistPoolId(), r.mode(), r.ratePercent(), r.everyNth(), r.campaignFirstN(), r.campaignRadiologistId(),
				r.campaignNewSince(), r.validFrom(), r.validTo(), false, r.reviewerPoolId(), r.reviewerQuotaPerMonth(),
				r.position(), r.retiredAt()));
	}
}
