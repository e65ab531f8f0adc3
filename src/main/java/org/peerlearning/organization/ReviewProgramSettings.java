package org.peerlearning.organization;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Everything an organization configured about how its exams are sampled and reviewed. Lists hold
 * active items only when read through {@link ReviewProgram#of}, and retired ones too when read
 * for administration.
 *
 * @param turnaroundDays days a reviewer has to complete a review
 * @param reminderDays days after assignment when an unfinished review is reminded
 * @param viewerUrlTemplate see {@link ViewerUrlTemplate}; {@code null} when no viewer is set up
 */
public record ReviewProgramSettings(OrganizationId organizationId, ReviewScale activeScale, List<ReviewScale> scales,
		List<DiscrepancyCategory> categories, List<CustomFieldDefinition> customFields, List<ReviewerPool> pools,
		List<ConflictPair> conflictPairs, List<SamplingRule> samplingRules, int turnaroundDays, int reminderDays,
		String viewerUrlTemplate, DicomOptions dicomOptions) {

	public ReviewProgramSettings {
		scales = List.copyOf(scales);
		categories = List.copyOf(categories);
		customFields = List.copyOf(customFields);
		pools = List.copyOf(pools);
		conflictPairs = List.copyOf(conflictPairs);
		samplingRules = List.copyOf(samplingRules);
	}

	public Optional<ReviewerPool> pool(UUID id) {
		return pools.stream().filter(p -> p.id().equals(id)).findFirst();
	}

	public List<CustomFieldDefinition> customFields(CustomFieldTarget target) {
		return customFields.stream().filter(f -> f.appliesTo() == target && f.active()).toList();
	}

	public boolean conflicted(UUID one, UUID other) {
		return conflictPairs.stream().filter(ConflictPair::active).anyMatch(p -> p.involves(one, other));
	}
}
