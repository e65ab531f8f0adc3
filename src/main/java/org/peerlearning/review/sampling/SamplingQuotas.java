package org.peerlearning.review.sampling;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

import org.peerlearning.identity.PersonId;
import org.peerlearning.organization.OrganizationId;
import org.peerlearning.organization.ReviewProgram;
import org.peerlearning.organization.ReviewProgramSettings;
import org.peerlearning.organization.SamplingRule;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** How far reviewers are with their monthly quotas of sampled exams. */
@Service
@Transactional(readOnly = true)
public class SamplingQuotas {

	private final SamplingStore store;

	private final ReviewProgram program;

	private final ZoneId zone;

	SamplingQuotas(SamplingStore store, ReviewProgram program, @Value("${peerlearning.time-zone:America/Toronto}") ZoneId zone) {
		this.store = store;
		this.program = program;
		this.zone = zone;
	}

	public QuotaProgress progress(OrganizationId organization, PersonId reviewer, YearMonth month) {
		Instant from = month.atDay(1).atStartOfDay(zone).toInstant();
		Instant to = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
		int assigned = store.assigned(organization, from, to, null).getOrDefault(reviewer.value(), 0);
		ReviewProgramSettings settings = program.of(organization);
		List<Integer> quotas = settings.samplingRules()
			.stream()
			.filter(SamplingRule::inForce)
			.filter(rule -> rule.reviewerQuotaPerMonth() != null && rule.reviewerPoolId() != null)
			.filter(rule -> settings.pool(rule.reviewerPoolId()).map(p -> p.memberIds().contains(reviewer.value())).orElse(false))
			.map(SamplingRule::reviewerQuotaPerMonth)
			.toList();
		return new QuotaProgress(assigned, quotas.isEmpty() ? null : quotas.stream().mapToInt(Integer::intValue).sum());
	}

	/** The current month where the organization's exams are read. */
	public YearMonth thisMonth(java.time.Clock clock) {
		return YearMonth.now(clock.withZone(zone));
	}
}
