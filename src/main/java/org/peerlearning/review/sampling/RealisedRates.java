package org.peerlearning.review.sampling;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.peerlearning.organization.OrganizationId;
import org.peerlearning.organization.ReviewProgram;
import org.peerlearning.organization.SamplingRule;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** How much each rule actually sampled in a month, for the program lead to compare with the setting. */
@Service
@Transactional(readOnly = true)
public class RealisedRates {

	private final SamplingStore store;

	private final ReviewProgram program;

	RealisedRates(SamplingStore store, ReviewProgram program) {
		this.store = store;
		this.program = program;
	}

	public List<RuleRate> of(OrganizationId organization, YearMonth month) {
		Map<java.util.UUID, long[]> counts = store.months(organization, SamplingStore.monthStart(month));
		return program.of(organization).samplingRules().stream().map(rule -> {
			long[] c = counts.getOrDefault(rule.id(), new long[3]);
			return new RuleRate(rule, c[0], c[1], c[2]);
		}).toList();
	}

	/**
	 * @param seen exams in the rule's scope
	 * @param selected exams the rule picked
	 * @param sampled exams it picked first (an exam picked by several rules belongs to the first)
	 */
	public record RuleRate(SamplingRule rule, long seen, long selected, long sampled) {

		/** Picked / seen, in percent with one decimal, or {@code null} before any exam. */
		public BigDecimal realisedPercent() {
			return seen == 0 ? null
					: BigDecimal.valueOf(selected * 100).divide(BigDecimal.valueOf(seen), 1, RoundingMode.HALF_UP);
		}
	}
}
