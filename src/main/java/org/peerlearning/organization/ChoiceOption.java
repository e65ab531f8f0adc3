package org.peerlearning.organization;

import java.util.Locale;

/** One option of a single or multiple choice field; {@code code} is what is stored. */
public record ChoiceOption(String code, String labelEn, String labelFr) {

	public String label(Locale locale) {
		return "fr".equals(locale.getLanguage()) ? labelFr : labelEn;
	}
}
