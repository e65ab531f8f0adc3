package org.peerlearning.organization;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * A scale reviewers score with. RADPEER 2016 is built in for every organization and cannot be
 * changed; organizations add their own scales and retire them, never delete them, so that past
 * scores keep their meaning.
 *
 * @param id {@code null} for the built-in scale
 * @param levels in the order reviewers see them
 */
public record ReviewScale(UUID id, String code, String nameEn, String nameFr, List<ScaleLevel> levels, boolean builtIn,
		Instant retiredAt) {

	public static final String RADPEER_2016_CODE = "RADPEER-2016";

	/** RADPEER 2016: 1 concur; 2 and 3 discrepancies, a unlikely and b likely clinically significant. */
	public static final ReviewScale RADPEER_2016 = new ReviewScale(null, RADPEER_2016_CODE, "RADPEER 2016", "RADPEER 2016",
			List.of(new ScaleLevel("1", "Concur with interpretation", "En accord avec l’interprétation", false, true, false),
					new ScaleLevel("2a", "Discrepancy in interpretation not ordinarily expected to be made; unlikely to be clinically significant",
							"Écart d’interprétation qui ne serait habituellement pas commis ; peu susceptible d’être cliniquement significatif",
							false, false, false),
					new ScaleLevel("2b", "Discrepancy in interpretation not ordinarily expected to be made; likely to be clinically significant",
							"Écart d’interprétation qui ne serait habituellement pas commis ; susceptible d’être cliniquement significatif",
							true, false, true),
					new ScaleLevel("3a", "Discrepancy in interpretation that should be made most of the time; unlikely to be clinically significant",
							"Écart d’interprétation qui devrait être évité la plupart du temps ; peu susceptible d’être cliniquement significatif",
							true, false, false),
					new ScaleLevel("3b", "Discrepancy in interpretation that should be made most of the time; likely to be clinically significant",
							"Écart d’interprétation qui devrait être évité la plupart du temps ; susceptible d’être cliniquement significatif",
							true, false, true)),
			true, null);

	public ReviewScale {
		levels = List.copyOf(Objects.requireNonNullElse(levels, List.of()));
	}

	public boolean active() {
		return retiredAt == null;
	}

	public String name(Locale locale) {
		return "fr".equals(locale.getLanguage()) ? nameFr : nameEn;
	}

	public Optional<ScaleLevel> level(String levelCode) {
		return levels.stream().filter(l -> l.code().equalsIgnoreCase(levelCode)).findFirst();
	}

	/** Whether a review scored {@code levelCode} on this scale goes to adjudication. */
	public boolean routesToAdjudication(String levelCode) {
		return level(levelCode).map(ScaleLevel::adjudication).orElse(false);
	}
}
