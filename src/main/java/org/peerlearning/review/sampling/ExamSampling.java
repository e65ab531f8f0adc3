package org.peerlearning.review.sampling;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

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
		OrganizationId organization = exam.organizationId();
		store.lock(organization);
		UUID radiologist = exam.readingRadiologistId() == null ? null : exam.readingRadiologistId().value();
		Instant now = clock.instant();
		SamplingDecision claimed = new SamplingDecision(UUID.randomUUID(), organization, exam.examId(), radiologist, now, null,
				null, SamplingDecision.Status.NOT_SAMPLED);
		if (!store.claim(claimed, exam.modality())) {
			return store.decision(organization, exam.examId()).orElseThrow();
		}
		ReviewProgramSettings settings = snapshots.of(organization);
		List<SamplingRule> rules = settings.samplingRules();
		if (rules.isEmpty()) {
			return claimed;
		}
		Map<UUID, Set<UUID>> pools = settings.pools()
			.stream()
			.collect(Collectors.toMap(ReviewerPool::id, p -> Set.copyOf(p.memberIds())));
		Instant at = exam.reportedAt() != null ? exam.reportedAt() : exam.examAt() != null ? exam.examAt() : now;
		ExamToSample input = new ExamToSample(exam.examId().value(), exam.siteId() == null ? null : exam.siteId().value(),
				exam.modality(), exam.bodyPart(), radiologist, at);
		SamplingOutcome outcome = new SamplingEngine(store.seed(organization), zone).decide(input, rules, pools,
				store.tally(organization));
		YearMonth month = YearMonth.from(now.atZone(zone));
		for (SamplingOutcome.Verdict verdict : outcome.verdicts()) {
			store.countMonth(organization, verdict.ruleId(), SamplingStore.monthStart(month), verdict.selected(),
					outcome.sampledBy().filter(verdict.ruleId()::equals).isPresent());
		}
		if (!outcome.sampled()) {
			return claimed;
		}
		SamplingRule rule = rules.stream().filter(r -> r.id().equals(outcome.sampledBy().get())).findFirst().orElseThrow();
		Optional<UUID> reviewer = pickReviewer(settings, rule, radiologist, month);
		SamplingDecision decision = new SamplingDecision(claimed.id(), organization, exam.examId(), radiologist, now, rule.id(),
				reviewer.orElse(null), reviewer.isPresent() ? SamplingDecision.Status.AWAITING_CASE : SamplingDecision.Status.UNASSIGNED);
		store.settle(decision);
		log.info("Exam {} sampled by rule {} ({})", exam.examId(), rule.id(), decision.status());
		return handler.handle(decision);
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
