package org.peerlearning.review.sampling;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.peerlearning.organization.SamplingMode;
import org.peerlearning.organization.SamplingRule;

/**
 * Decides which sampling rule, if any, picks a reported exam. Pure: no clock, no database, no
 * shared randomness. A rate is decided by a keyed hash of (seed, exam, rule), so deciding the same
 * exam again gives the same answer and the realised share converges on the configured rate;
 * "every n-th" and campaigns use the counters of {@link SamplingTally}.
 */
public final class SamplingEngine {

	private static final BigDecimal TWO_POW_64 = new BigDecimal(BigDecimal.valueOf(2).pow(64).toBigInteger());

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final byte[] seed;

	private final ZoneId zone;

	/**
	 * @param seed the organization's secret seed (without it, who could predict the sample could
	 *     game it)
	 * @param zone the time zone whose calendar date bounds are in
	 */
	public SamplingEngine(byte[] seed, ZoneId zone) {
		this.seed = seed.clone();
		this.zone = zone;
	}

	/**
	 * @param rules the organization's rules; those not in force are skipped, the rest tried in
	 *     position order
	 * @param poolMembers members of each pool a rule may restrict radiologists to
	 */
	public SamplingOutcome decide(ExamToSample exam, List<SamplingRule> rules, Map<UUID, Set<UUID>> poolMembers,
			SamplingTally tally) {
		List<SamplingOutcome.Verdict> verdicts = new ArrayList<>();
		UUID owner = null;
		List<SamplingRule> ordered = rules.stream()
			.filter(SamplingRule::inForce)
			.sorted(Comparator.comparingInt(SamplingRule::position))
			.toList();
		LocalDate day = LocalDate.ofInstant(exam.at(), zone);
		LocalDate radiologistSince = exam.radiologistId() == null ? null : tally.firstExamOn(exam.radiologistId(), day);
		for (SamplingRule rule : ordered) {
			if (!inScope(exam, day, radiologistSince, rule, poolMembers)) {
				continue;
			}
			long count = tally.nextInScope(rule.id());
			boolean selected;
			if (rule.campaign()) {
				long rank = tally.nextOfRadiologist(rule.id(), exam.radiologistId());
				selected = rank <= rule.campaignFirstN() && picks(rule, exam, rank);
			}
			else {
				selected = picks(rule, exam, count);
			}
			verdicts.add(new SamplingOutcome.Verdict(rule.id(), selected));
			if (selected && owner == null) {
				owner = rule.id();
			}
		}
		return new SamplingOutcome(verdicts, Optional.ofNullable(owner));
	}

	private boolean picks(SamplingRule rule, ExamToSample exam, long count) {
		if (rule.mode() == SamplingMode.EVERY_NTH) {
			return count % rule.everyNth() == 0;
		}
		return draw(exam.examId(), rule.id()).multiply(HUNDRED).compareTo(rule.ratePercent()) < 0;
	}

	private static boolean inScope(ExamToSample exam, LocalDate day, LocalDate radiologistSince, SamplingRule rule,
			Map<UUID, Set<UUID>> poolMembers) {
		if (rule.validFrom() != null && day.isBefore(rule.validFrom()) || rule.validTo() != null && day.isAfter(rule.validTo())) {
			return false;
		}
		if (!rule.siteIds().isEmpty() && !rule.siteIds().contains(exam.siteId())) {
			return false;
		}
		if (!rule.modalities().isEmpty() && (exam.modality() == null || !rule.modalities().contains(exam.modality().toUpperCase()))) {
			return false;
		}
		if (!rule.bodyParts().isEmpty() && (exam.bodyPart() == null || !rule.bodyParts().contains(exam.bodyPart().toUpperCase()))) {
			return false;
		}
		UUID radiologist = exam.radiologistId();
		boolean needsRadiologist = !rule.radiologistIds().isEmpty() || rule.radiologistPoolId() != null || rule.campaign();
		if (needsRadiologist && radiologist == null) {
			return false;
		}
		if (!rule.radiologistIds().isEmpty() && !rule.radiologistIds().contains(radiologist)) {
			return false;
		}
		if (rule.radiologistPoolId() != null && !poolMembers.getOrDefault(rule.radiologistPoolId(), Set.of()).contains(radiologist)) {
			return false;
		}
		if (rule.campaign()) {
			if (rule.campaignRadiologistId() != null) {
				return rule.campaignRadiologistId().equals(radiologist);
			}
			return !radiologistSince.isBefore(rule.campaignNewSince());
		}
		return true;
	}

	/** A number in [0, 1) drawn from the hash of (seed, exam, rule): the same inputs, the same draw. */
	BigDecimal draw(UUID examId, UUID ruleId) {
		byte[] digest = sha256(ByteBuffer.allocate(seed.length + 32)
			.put(seed)
			.putLong(examId.getMostSignificantBits())
			.putLong(examId.getLeastSignificantBits())
			.putLong(ruleId.getMostSignificantBits())
			.putLong(ruleId.getLeastSignificantBits())
			.array());
		BigDecimal unsigned = new BigDecimal(new java.math.BigInteger(1, Arrays.copyOf(digest, 8)));
		return unsigned.divide(TWO_POW_64, 20, java.math.RoundingMode.DOWN);
	}

	private static byte[] sha256(byte[] input) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(input);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java runtime has SHA-256", e);
		}
	}
}
