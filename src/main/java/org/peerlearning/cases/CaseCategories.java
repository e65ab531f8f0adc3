package org.peerlearning.cases;

import java.util.List;

import org.peerlearning.organization.OrganizationId;

/**
 * The error and learning categories an organization's cases and reviews are tagged with. The
 * built-in taxonomy applies until program settings provide an organization's own.
 */
public interface CaseCategories {

	/** Stable codes, in display order; labels come from the {@code cases.category.<code>} messages. */
	List<String> codes(OrganizationId organization);

	/** Keeps only the known codes of {@code chosen}. */
	default List<String> known(OrganizationId organization, java.util.Collection<String> chosen) {
		return codes(organization).stream().filter(chosen::contains).toList();
	}
}
