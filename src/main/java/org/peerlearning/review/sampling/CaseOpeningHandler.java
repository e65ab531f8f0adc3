package org.peerlearning.review.sampling;

import java.util.Optional;

import org.peerlearning.cases.CaseId;
import org.peerlearning.cases.CaseSource;
import org.peerlearning.cases.Cases;
import org.peerlearning.cases.OpenCase;
import org.peerlearning.identity.PersonId;
import org.peerlearning.intake.Exams;
import org.peerlearning.organization.SamplingRule;
import org.peerlearning.review.ReviewAssignments;
import org.peerlearning.review.policy.ReviewerSuggestions.Suggestion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Opens the learning case of a sampled exam and, when sampling chose a reviewer the review
 * policies accept, assigns it to them. A case nobody could take waits in the lead's triage queue.
 *
 * <p>The case names no submitter (nobody reported it) and carries the rule's name, so the lead and
 * the reviewer see why it was picked. A rule aimed at particular radiologists (a new hire's first
 * exams, a named group) opens a rule sample; any other rule, a random sample.
 */
@Component
class CaseOpeningHandler implements SampledExamHandler {

	private static final Logger log = LoggerFactory.getLogger(CaseOpeningHandler.class);

	private final Cases cases;

	private final Exams exams;

	private final ReviewAssignments assignments;

	private final ProgramSnapshots program;

	private final SamplingStore store;

	CaseOpeningHandler(Cases cases, Exams exams, ReviewAssignments assignments, ProgramSnapshots program, SamplingStore store) {
		this.cases = cases;
		this.exams = exams;
		this.assignments = assignments;
		this.program = program;
		this.store = store;
	}

	@Override
	public SamplingDecision handle(SamplingDecision decision) {
		if (decision.ruleId() == null || decision.status() == SamplingDecision.Status.NOT_SAMPLED
				|| decision.status() == SamplingDecision.Status.CASE_OPENED) {
			return decision;
		}
		if (exams.find(decision.organizationId(), decision.examId()).isEmpty()) {
			// the event named an exam intake no longer holds (retired since): nothing to open
			log.warn("Sampled exam {} is not among the organization's exams; its case is not opened", decision.examId());
			return decision;
		}
		Optional<SamplingRule> rule = program.of(decision.organizationId())
			.samplingRules()
			.stream()
			.filter(r -> r.id().equals(decision.ruleId()))
			.findFirst();
		CaseSource source = rule.filter(CaseOpeningHandler::aimedAtRadiologists).isPresent() ? CaseSource.RULE_SAMPLE
				: CaseSource.RANDOM_SAMPLE;
		CaseId caseId = cases.open(new OpenCase(decision.organizationId(), decision.examId(), source, null, false, null, null,
				rule.map(SamplingRule::name).orElse(null)));
		PersonId reviewer = decision.reviewerId() == null ? null : new PersonId(decision.reviewerId());
		boolean assigned = reviewer != null && accepted(decision, caseId, reviewer);
		if (assigned) {
			assignments.assign(decision.organizationId(), caseId, reviewer, null, null);
		}
		SamplingDecision settled = new SamplingDecision(decision.id(), decision.organizationId(), decision.examId(),
				decision.radiologistId(), decision.decidedAt(), decision.ruleId(), assigned ? decision.reviewerId() : null,
				assigned ? SamplingDecision.Status.CASE_OPENED : SamplingDecision.Status.UNASSIGNED);
		store.settle(settled);
		return settled;
	}

	/**
	 * Whether the review policies take this reviewer for this case. Asked before assigning, because a
	 * refusal thrown inside the sampling transaction would roll the whole decision back.
	 */
	private boolean accepted(SamplingDecision decision, CaseId caseId, PersonId reviewer) {
		Optional<Suggestion> verdict = assignments.suggest(decision.organizationId(), caseId)
			.stream()
			.filter(s -> s.candidate().id().equals(reviewer))
			.findFirst();
		if (verdict.isEmpty() || !verdict.get().allowed()) {
			log.info("Sampled case {} left for the lead: reviewer refused by {}", caseId,
					verdict.map(Suggestion::refusals).orElse(java.util.List.of("review.policy.notRadiologist")));
			return false;
		}
		return true;
	}

	private static boolean aimedAtRadiologists(SamplingRule rule) {
		return rule.campaignRadiologistId() != null || rule.campaignNewSince() != null || !rule.radiologistIds().isEmpty()
				|| rule.radiologistPoolId() != null;
	}
}
