package org.peerlearning.organization.program;

import java.util.List;
import java.util.UUID;

import org.peerlearning.organization.CategoryGroup;
import org.peerlearning.organization.DiscrepancyCategory;
import org.peerlearning.organization.OrganizationId;
import org.springframework.stereotype.Component;

/**
 * What a new organization's program starts with: the discrepancy taxonomy of the peer learning
 * literature (perceptual errors first, as they are most of them). The same list seeds the
 * organizations that existed before program settings did (see the migration).
 */
@Component
public class ProgramDefaults {

	static final List<DiscrepancyCategory> CATEGORIES = List.of(
			category("perceptual", "Perceptual (finding not seen)", "Perceptuelle (anomalie non vue)", CategoryGroup.PERCEPTUAL, 1),
			category("satisfaction-of-search", "Satisfaction of search", "Satisfaction de la recherche", CategoryGroup.PERCEPTUAL, 2),
			category("under-reading", "Under-reading", "Sous-lecture", CategoryGroup.PERCEPTUAL, 3),
			category("location", "Location (outside the area of interest)", "Localisation (hors de la zone d’intérêt)",
					CategoryGroup.PERCEPTUAL, 4),
			category("interpretive", "Interpretive (finding misjudged)", "Interprétative (anomalie mal jugée)",
					CategoryGroup.INTERPRETIVE, 5),
			category("faulty-reasoning", "Faulty reasoning", "Raisonnement erroné", CategoryGroup.INTERPRETIVE, 6),
			category("lack-of-knowledge", "Lack of knowledge", "Manque de connaissances", CategoryGroup.INTERPRETIVE, 7),
			category("prior-examination", "Prior examination not compared", "Examen antérieur non comparé", CategoryGroup.INTERPRETIVE, 8),
			category("history", "Clinical history", "Renseignements cliniques", CategoryGroup.INTERPRETIVE, 9),
			category("complacency", "Complacency", "Complaisance", CategoryGroup.INTERPRETIVE, 10),
			category("communication", "Communication", "Communication", CategoryGroup.OTHER, 11),
			category("technique-protocol", "Technique or protocol", "Technique ou protocole", CategoryGroup.OTHER, 12));

	private final ProgramStore store;

	ProgramDefaults(ProgramStore store) {
		this.store = store;
	}

	/** Gives a new organization the default taxonomy (RADPEER 2016 needs nothing: it is built in). */
	public void seed(OrganizationId organization, UUID actor) {
		for (DiscrepancyCategory category : CATEGORIES) {
			store.insertCategory(organization, new DiscrepancyCategory(UUID.randomUUID(), category.code(), category.labelEn(),
					category.labelFr(), category.group(), category.position(), null), actor);
		}
	}

	private static DiscrepancyCategory category(String code, String en, String fr, CategoryGroup group, int position) {
		return new DiscrepancyCategory(null, code, en, fr, group, position, null);
	}
}
