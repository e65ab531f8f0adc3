package org.peerlearning.organization;

import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * Replaces a whole review program at once (the API's PUT) through the same checked, audited steps
 * as the pages take one at a time.
 */
@Service
@Transactional
public class ReviewProgramReplacer {

	private final ReviewProgramAdministration administration;

	private final ReviewProgram program;

	ReviewProgramReplacer(ReviewProgramAdministration administration, ReviewProgram program) {
		this.administration = administration;
		this.program = program;
	}

	/**
	 * Makes the program what {@code wanted} says, in one transaction: any refusal leaves everything
	 * as it was. Ids of items the organization does not have are a 404, as on every other path.
	 */
	public void replace(OrganizationId organization, ProgramReplacement wanted, UUID actor) {
		ReviewProgramSettings current = administration.settings(organization);
		String why = "Left out of the program settings sent through the API";
		if (wanted.scales() != null) {
			for (ReviewScale scale : wanted.scales()) {
				if (scale.builtIn() || ReviewScale.RADPEER_2016_CODE.equalsIgnoreCase(scale.code())) {
					continue;
				}
				if (scale.id() == null) {
					administration.addScale(organization, scale, actor);
				}
				else {
					administration.requireActive(organization, ProgramItem.SCALE, scale.id());
				}
			}
		}
		if (wanted.categories() != null) {
			for (DiscrepancyCategory category : wanted.categories()) {
				if (category.id() == null) {
					administration.addCategory(organization, category, actor);
				}
				else {
					DiscrepancyCategory before = current.categories().stream().filter(c -> c.id().equals(category.id())).findFirst()
						.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
					if (!before.labelEn().equals(category.labelEn()) || !before.labelFr().equals(category.labelFr())
							|| before.group() != category.group()) {
						administration.updateCategory(organization, category.id(), category.labelEn(), category.labelFr(), category.group(), actor);
					}
				}
			}
			retireMissing(organization, ProgramItem.CATEGORY, current.categories().stream().filter(DiscrepancyCategory::active)
				.map(DiscrepancyCategory::id).toList(), wanted.categories().stream().map(DiscrepancyCategory::id).toList(), why, actor);
		}
		if (wanted.customFields() != null) {
			for (CustomFieldDefinition field : wanted.customFields()) {
				if (field.id() == null) {
					administration.addCustomField(organization, field, actor);
				}
				else {
					administration.requireActive(organization, ProgramItem.CUSTOM_FIELD, field.id());
				}
			}
			retireMissing(organization, ProgramItem.CUSTOM_FIELD, current.customFields().stream().filter(CustomFieldDefinition::active)
				.map(CustomFieldDefinition::id).toList(), wanted.customFields().stream().map(CustomFieldDefinition::id).toList(), why, actor);
		}
		if (wanted.pools() != null) {
			for (ReviewerPool pool : wanted.pools()) {
				if (pool.id() == null) {
					administration.addPool(organization, pool, actor);
				}
				else if (!current.pools().contains(pool)) {
					administration.updatePool(organization, pool, actor);
				}
			}
		}
		if (wanted.conflictPairs() != null) {
			for (ConflictPair pair : wanted.conflictPairs()) {
				if (pair.id() == null) {
					administration.addConflict(organization, pair.personA(), pair.personB(), pair.reason(), actor);
				}
				else {
					administration.requireActive(organization, ProgramItem.CONFLICT, pair.id());
				}
			}
			retireMissing(organization, ProgramItem.CONFLICT, current.conflictPairs().stream().filter(ConflictPair::active)
				.map(ConflictPair::id).toList(), wanted.conflictPairs().stream().map(ConflictPair::id).toList(), why, actor);
		}
		if (wanted.samplingRules() != null) {
			for (SamplingRule rule : wanted.samplingRules()) {
				if (rule.id() == null) {
					administration.addRule(organization, rule, actor);
				}
				else {
					administration.updateRule(organization, rule, actor);
				}
			}
			retireMissing(organization, ProgramItem.SAMPLING_RULE, current.samplingRules().stream().filter(r -> r.retiredAt() == null)
				.map(SamplingRule::id).toList(), wanted.samplingRules().stream().map(SamplingRule::id).toList(), why, actor);
		}
		if (wanted.pools() != null) {
			retireMissing(organization, ProgramItem.POOL, current.pools().stream().filter(ReviewerPool::active)
				.map(ReviewerPool::id).toList(), wanted.pools().stream().map(ReviewerPool::id).toList(), why, actor);
		}
		administration.updateTargets(organization, wanted.activeScale(), wanted.turnaroundDays(), wanted.reminderDays(), wanted.viewerUrlTemplate(),
				wanted.dicomOptions() == null ? DicomOptions.DEFAULT : wanted.dicomOptions(), actor);
		if (wanted.scales() != null) {
			String active = program.of(organization).activeScale().code();
			List<UUID> kept = wanted.scales().stream().map(ReviewScale::id).toList();
			current.scales().stream()
				.filter(s -> !s.builtIn() && s.active() && !kept.contains(s.id()) && !s.code().equalsIgnoreCase(active))
				.forEach(s -> administration.retire(organization, ProgramItem.SCALE, s.id(), why, actor));
		}
	}

	private void retireMissing(OrganizationId organization, ProgramItem item, List<UUID> inForce, List<UUID> kept, String why,
			UUID actor) {
		for (UUID id : inForce) {
			if (!kept.contains(id)) {
				administration.retire(organization, item, id, why, actor);
			}
		}
	}
}
