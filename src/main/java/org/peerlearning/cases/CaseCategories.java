package org.peerlearning.cases;

import java.util.List;

import org.peerlearning.organization.OrganizationId;

/**
 * The error and learning categories an organization's cases and reviews are tagged with: the
 * discrepancy taxonomy its lead keeps in the review program.
 */
public interface CaseCategories {

	/** Stable codes, in display order; pages name them through {@code CategoryLabels}. */
	List<String> codes(OrganizationId organization);

	/** Keeps only the known codes of {@code chosen}. */
	default List<String> known(OrganizationId organization, java.util.Collection<String> chosen) {
		return codes(organization).stream().filter(chosen::contains).toList();
	}
}
