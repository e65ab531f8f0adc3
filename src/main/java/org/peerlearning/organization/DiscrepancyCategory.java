package org.peerlearning.organization;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/** A category of the discrepancy taxonomy reviewers tag findings with. */
public record DiscrepancyCategory(UUID id, String code, String labelEn, String labelFr, CategoryGroup group, int position,
		Instant retiredAt) {

	public boolean active() {
		return retiredAt == null;
	}

	public String label(Locale locale) {
		return "fr".equals(locale.getLanguage()) ? labelFr : labelEn;
	}
}
