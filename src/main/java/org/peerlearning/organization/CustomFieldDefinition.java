package org.peerlearning.organization;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Locale;
import java.util.UUID;

/**
 * A field an organization added to its cases or reviews. Values are submitted by {@link #code()}.
 *
 * @param options the choices of a single or multiple choice field, empty otherwise
 */
public record CustomFieldDefinition(UUID id, String code, CustomFieldTarget appliesTo, CustomFieldType type, String labelEn,
		String labelFr, boolean required, int position, List<ChoiceOption> options, Instant retiredAt) {

	public CustomFieldDefinition {
		options = List.copyOf(Objects.requireNonNullElse(options, List.of()));
	}

	public boolean active() {
		return retiredAt == null;
	}

	public String label(Locale locale) {
		return "fr".equals(locale.getLanguage()) ? labelFr : labelEn;
	}
}
