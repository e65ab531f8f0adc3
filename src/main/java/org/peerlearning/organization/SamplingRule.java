package org.peerlearning.organization;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A rule that picks reported exams for peer review. An exam is in the rule's scope when it matches
 * every non-empty filter (sites, modalities, body parts, radiologists, radiologists of a pool) and
 * its date lies within the bounds. Within the scope the rule samples a random share
 * ({@link SamplingMode#RATE}) or every n-th exam ({@link SamplingMode#EVERY_NTH}).
 *
 * <p>A campaign ({@code campaignFirstN} set) limits the rule to the first N exams in scope of each
 * radiologist concerned: the one named, or, with {@code campaignNewSince}, any radiologist whose
 * first exam came on or after that date. "100% of the first 200 exams of a new radiologist" is a
 * campaign at rate 100.
 *
 * @param radiologistPoolId exams read by members of this pool only, if set
 * @param reviewerPoolId who reviews what the rule samples
 * @param reviewerQuotaPerMonth how many of this rule's exams one reviewer takes a month at most
 * @param position the order rules are tried in; the first one that samples an exam owns it
 */
public record SamplingRule(UUID id, String name, List<UUID> siteIds, List<String> modalities, List<String> bodyParts,
		List<UUID> radiologistIds, UUID radiologistPoolId, SamplingMode mode, BigDecimal ratePercent, Integer everyNth,
		Integer campaignFirstN, UUID campaignRadiologistId, LocalDate campaignNewSince, LocalDate validFrom, LocalDate validTo,
		boolean active, UUID reviewerPoolId, Integer reviewerQuotaPerMonth, int position, Instant retiredAt) {

	public SamplingRule {
		siteIds = List.copyOf(Objects.requireNonNullElse(siteIds, List.of()));
		modalities = List.copyOf(Objects.requireNonNullElse(modalities, List.of()));
		bodyParts = List.copyOf(Objects.requireNonNullElse(bodyParts, List.of()));
		radiologistIds = List.copyOf(Objects.requireNonNullElse(radiologistIds, List.of()));
	}

	public boolean campaign() {
		return campaignFirstN != null;
	}

	/** Active and not retired: the sampling engine only ever sees such rules. */
	public boolean inForce() {
		return active && retiredAt == null;
	}
}
