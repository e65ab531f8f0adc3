package org.peerlearning.organization;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The settings of an organization's peer learning program, one row per organization. A new
 * setting is a new component here, a column in {@code program_settings}, a line in
 * {@link OrganizationAdministration} and a field on the settings form.
 *
 * @param submissionTargetPerMonth how many cases each radiologist is asked to submit a month
 */
public record ProgramSettings(int submissionTargetPerMonth) {

	/** The settings that differ from {@code before}, as name: old → new (for the audit trail). */
	public Map<String, String> changesFrom(ProgramSettings before) {
		Map<String, String> changes = new LinkedHashMap<>();
		if (before.submissionTargetPerMonth != submissionTargetPerMonth) {
			changes.put("submissionTargetPerMonth", before.submissionTargetPerMonth + " -> " + submissionTargetPerMonth);
		}
		return changes;
	}
}
