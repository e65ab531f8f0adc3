package org.peerlearning.review.sampling;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.peerlearning.intake.ExamId;
import org.peerlearning.intake.ExamReported;
import org.peerlearning.organization.OrganizationId;
import org.peerlearning.organization.ReviewProgramSettings;
import org.peerlearning.organization.ReviewerPool;
import org.peerlearning.organization.SamplingRule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Samples one reported exam: once per exam, whatever number of times its report is published;
 * the organization's rules through the {@link SamplingEngine}; a reviewer from the rule's pool
 * through the {@link ReviewerPicker}; the decision stored, then handed to the
 * {@link SampledExamHandler}.
 */
@Service
public class ExamSampling {

	private static final Logger log = LoggerFactory.getLogger(ExamSampling.class);

	private final SamplingStore store;

	private final ProgramSnapshots snapshots;

	private final SampledExamHandler handler;

	private final Clock clock;

	private final ZoneId zone;

	ExamSampling(SamplingStore store, ProgramSnapshots snapshots, SampledExamHandler handler, Clock clock,
			@Value("${peerlearning.time-zone:America/Toronto}") ZoneId zone) {
		this.store = store;
		this.snapshots = snapshots;
		this.handler = handler;
		this.clock = clock;
		this.zone = zone;
	}

	/** The decision for the exam: made now, or the one made when it was first reported. */
	@Transactional
	public SamplingDecision sample(ExamReported exam) {
		return sampleAll(exam.organizationId(), List.of(exam)).get(0);
	}

	/**
	 * The decisions for several exams of one organization, in order, as if each were sampled alone
	 * one after the other, with the statements of the whole batch grouped: one claim batch, the
	 * counters read once and written back once, the month's tallies once per rule. Exams sampled
	 * before keep the decision made then.
	 */
	@Transactional
	public List<SamplingDecision> sampleAll(OrganizationId organization, List<ExamReported> exams) {
		if (exams.stream().anyMatch(e -> !e.organizationId().equals(organization))) {
			throw new IllegalArgumentException("A sampling batch holds the exams of one organization");
		}
		store.lock(organization);
		Instant now = clock.instant();
		List<SamplingDecision> claims = exams.stream()
			.map(exam -> new SamplingDecision(UUID.randomUUID(), organization, exam.examId(),
					exam.readingRadiologistId() == null ? null : exam.readingRadiologistId().value(), now, null, null,
					SamplingDecision.Status.NOT_SAMPLED))
			.toList();
		boolean[] claimed = store.claimAll(claims, exams.stream().map(ExamReported::modality).toList());
		List<SamplingDecision> decisions = new ArrayList<>(claims);
		Map<ExamId, SamplingDecision> earlier = store.decisions(organization,
				IntStream.range(0, exams.size()).filter(i -> !claimed[i]).mapToObj(i -> exams.get(i).examId()).toList());
		Map<ExamId, Integer> claimants = new HashMap<>();
		for (int i = 0; i < exams.size(); i++) {
			if (claimed[i]) {
				claimants.put(exams.get(i).examId(), i);
			}
			else {
				decisions.set(i, earlier.get(exams.get(i).examId()));
			}
		}
		ReviewProgramSettings settings = snapshots.of(organization);
		List<SamplingRule> rules = settings.samplingRules();
		if (rules.isEmpty()) {
			return decisions;
		}
		Map<UUID, Set<UUID>> pools = settings.pools()
			.stream()
			.collect(Collectors.toMap(ReviewerPool::id, p -> Set.copyOf(p.memberIds())));
		SamplingStore.BatchTally tally = store.batchTally(organization);
		SamplingEngine engine = new SamplingEngine(store.seed(organization), zone);
		YearMonth month = YearMonth.from(now.atZone(zone));
		Map<UUID, long[]> monthCounts = new LinkedHashMap<>();
		List<Integer> sampled = new ArrayList<>();
		List<UUID> owners = new ArrayList<>();
		for (int i = 0; i < exams.size(); i++) {
			if (!claimed[i]) {
				continue;
			}
			ExamReported exam = exams.get(i);
			Instant at = exam.reportedAt() != null ? exam.reportedAt() : exam.examAt() != null ? exam.examAt() : now;
			ExamToSample input = new ExamToSample(exam.examId().value(), exam.siteId() == null ? null : exam.siteId().value(),
					exam.modality(), exam.bodyPart(), claims.get(i).radiologistId(), at);
			SamplingOutcome outcome = engine.decide(input, rules, pools, tally);
			for (SamplingOutcome.Verdict verdict : outcome.verdicts()) {
				long[] counts = monthCounts.computeIfAbsent(verdict.ruleId(), r -> new long[3]);
				counts[0]++;
				counts[1] += verdict.selected() ? 1 : 0;
				counts[2] += outcome.sampledBy().filter(verdict.ruleId()::equals).isPresent() ? 1 : 0;
			}
			if (outcome.sampled()) {
				sampled.add(i);
				owners.add(outcome.sampledBy().get());
			}
		}
		tally.flush();
		store.countMonths(organization, SamplingStore.monthStart(month), monthCounts);
		for (int k = 0; k < sampled.size(); k++) {
			int i = sampled.get(k);
			UUID ruleId = owners.get(k);
			SamplingRule rule = rules.stream().filter(r -> r.id().equals(ruleId)).findFirst().orElseThrow();
			SamplingDecision claim = claims.get(i);
			Optional<UUID> reviewer = pickReviewer(settings, rule, claim.radiologistId(), month);
			SamplingDecision decision = new SamplingDecision(claim.id(), organization, claim.examId(), claim.radiologistId(), now,
					rule.id(), reviewer.orElse(null),
					reviewer.isPresent() ? SamplingDecision.Status.AWAITING_CASE : SamplingDecision.Status.UNASSIGNED);
			store.settle(decision);
			log.info("Exam {} sampled by rule {} ({})", claim.examId(), rule.id(), decision.status());
			decisions.set(i, handler.handle(decision));
		}
		// an exam reported twice in the batch: the second report gets the first one's decision
		for (int i = 0; i < exams.size(); i++) {
			Integer claimant = claimants.get(exams.get(i).examId());
			if (!claimed[i] && claimant != null) {
				decisions.set(i, decisions.get(claimant));
			}
		}
		return decisions;
	}

	private Optional<UUID> pickReviewer(ReviewProgramSettings settings, SamplingRule rule, UUID radiologist, YearMonth month) {
		List<UUID> pool = rule.reviewerPoolId() == null ? List.of()
				: settings.pool(rule.reviewerPoolId()).map(ReviewerPool::memberIds).orElse(List.of());
		if (pool.isEmpty()) {
			return Optional.empty();
		}
		Instant from = month.atDay(1).atStartOfDay(zone).toInstant();
		Instant to = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
		OrganizationId organization = settings.organizationId();
		return ReviewerPicker.pick(radiologist, pool, rule.reviewerQuotaPerMonth(), store.assigned(organization, from, to, rule.id()),
				store.assigned(organization, from, to, null), settings::conflicted);
	}

	/** The decision stored for an exam, if it has been decided. */
	@Transactional(readOnly = true)
	public Optional<SamplingDecision> decision(OrganizationId organization, org.peerlearning.intake.ExamId exam) {
		return store.decision(organization, exam);
	}

}
