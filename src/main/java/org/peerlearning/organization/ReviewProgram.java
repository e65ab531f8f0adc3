package org.peerlearning.organization;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.peerlearning.organization.program.ProgramStore;
import org.peerlearning.organization.program.ProgramStore.Scalars;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How an organization runs its reviews, as the modules that sample, assign and score read it:
 * only items in force (retired ones left out), RADPEER 2016 always among the scales.
 */
@Service
@Transactional(readOnly = true)
public class ReviewProgram {

	private final ProgramStore store;

	ReviewProgram(ProgramStore store) {
		this.store = store;
	}

	/** The organization's program, active items only. */
	public ReviewProgramSettings of(OrganizationId organization) {
		return load(organization, false);
	}

	/** Whether {@code one} and {@code other} must never review each other (person ids). */
	public boolean conflicted(OrganizationId organization, UUID one, UUID other) {
		return store.conflicts(organization).stream().filter(ConflictPair::active).anyMatch(p -> p.involves(one, other));
	}

	/** With retired items too, for those who administer the program. */
	ReviewProgramSettings load(OrganizationId organization, boolean includeRetired) {
		Scalars scalars = store.scalars(organization).orElse(Scalars.DEFAULT);
		List<ReviewScale> scales = new ArrayList<>();
		scales.add(ReviewScale.RADPEER_2016);
		scales.addAll(store.scales(organization));
		ReviewScale active = scales.stream()
			.filter(s -> s.active() && s.code().equalsIgnoreCase(scalars.activeScaleCode()))
			.findFirst()
			.orElse(ReviewScale.RADPEER_2016);
		return new ReviewProgramSettings(organization, active, keep(scales, ReviewScale::active, includeRetired),
				keep(store.categories(organization), DiscrepancyCategory::active, includeRetired),
				keep(store.customFields(organization), CustomFieldDefinition::active, includeRetired),
				keep(store.pools(organization), ReviewerPool::active, includeRetired),
				keep(store.conflicts(organization), ConflictPair::active, includeRetired),
				keep(store.rules(organization), r -> r.retiredAt() == null, includeRetired), scalars.turnaroundDays(),
				scalars.reminderDays(), scalars.viewerUrlTemplate(), scalars.dicomOptions());
	}

	private static <T> List<T> keep(List<T> items, java.util.function.Predicate<T> active, boolean includeRetired) {
		return includeRetired ? items : items.stream().filter(active).toList();
	}
}
