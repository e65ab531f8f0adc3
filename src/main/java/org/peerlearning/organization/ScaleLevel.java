package org.peerlearning.organization;

import java.util.Locale;
import java.util.Objects;

/**
 * One level of a review scale, such as RADPEER's "2b".
 *
 * @param adjudication whether a review scored at this level goes to adjudication
 * @param concur whether this level means the reviewer agrees with the report
 * @param clinicallySignificant whether the discrepancy is likely to matter to the patient
 */
public record ScaleLevel(String code, String labelEn, String labelFr, boolean adjudication, boolean concur,
		boolean clinicallySignificant) {

	public ScaleLevel {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(labelEn, "labelEn");
		Objects.requireNonNull(labelFr, "labelFr");
	}

	public String label(Locale locale) {
		return "fr".equals(locale.getLanguage()) ? labelFr : labelEn;
	}
}
