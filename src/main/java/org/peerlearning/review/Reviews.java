package org.peerlearning.review;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.peerlearning.cases.CaseAction;
import org.peerlearning.cases.CaseCategories;
import org.peerlearning.cases.CaseId;
import org.peerlearning.cases.CaseState;
import org.peerlearning.cases.Cases;
import org.peerlearning.cases.IllegalTransitionException;
import org.peerlearning.cases.LearningCase;
import org.peerlearning.identity.People;
import org.peerlearning.identity.PersonId;
import org.peerlearning.identity.Role;
import org.peerlearning.notification.Notice;
import org.peerlearning.notification.Notifications;
import org.peerlearning.organization.CustomFieldAnswers;
import org.peerlearning.organization.CustomFieldTarget;
import org.peerlearning.organization.InvalidCustomFieldAnswersException;
import org.peerlearning.organization.OrganizationId;
import org.peerlearning.organization.ReviewProgram;
import org.peerlearning.organization.ReviewProgramAdministration;
import org.peerlearning.organization.ReviewProgramSettings;
import org.peerlearning.organization.ReviewScale;
import org.peerlearning.platform.scheduling.JobLocks;
import org.peerlearning.review.domain.ReviewRepository;
import org.peerlearning.review.policy.ReviewOutcome;
import org.peerlearning.review.policy.ReviewOutcome.Finding;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * Blinded reviews and the committee. A submitted review completes its assignment; when the case's
 * last open assignment is done, {@link ReviewOutcome} moves the case on (closed, feedback,
 * committee, safety escalation or out of program). The committee records a consensus that moves an
 * adjudicated or escalated case on.
 */
@Service
public class Reviews {

	/** Outcomes the committee may choose, in the order offered. */
	public static final List<CaseAction> COMMITTEE_OUTCOMES = List.of(CaseAction.SEND_FEEDBACK, CaseAction.QUEUE_FOR_CONFERENCE,
			CaseAction.START_FOLLOW_UP, CaseAction.CLOSE, CaseAction.REFER_TO_COMMITTEE, CaseAction.ESCALATE_SAFETY,
			CaseAction.REFER_OUT_OF_PROGRAM);

	private static final Logger log = LoggerFactory.getLogger(Reviews.class);

	private final ReviewRepository repository;

	private final Cases cases;

	private final CaseCategories categories;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final Notifications notifications;

	private final People people;

	private final CustomFieldAnswers answers;

	private final JobLocks jobs;

	private final ReviewProgram program;

	private final ReviewProgramAdministration administration;

	Reviews(ReviewRepository repository, Cases cases, CaseCategories categories, ApplicationEventPublisher events, Clock clock,
			Notifications notifications, People people, CustomFieldAnswers answers, JobLocks jobs, ReviewProgram program,
			ReviewProgramAdministration administration) {
		this.program = program;
		this.administration = administration;
		this.answers = answers;
		this.jobs = jobs;
		this.repository = repository;
		this.cases = cases;
		this.categories = categories;
		this.events = events;
		this.clock = clock;
		this.notifications = notifications;
		this.people = people;
	}

	/**
	 * Records the reviewer's assessment. Only the assignment's own reviewer may, once (a 404 for
	 * anyone else, a 409 when it is not open any more). Answers the case's state afterwards.
	 */
	@Transactional
	public LearningCase submit(OrganizationId organization, AssignmentId assignmentId, PersonId reviewer, Score score,
			List<String> chosenCategories, String learningPoint, Recommendation recommendation) {
		return submit(organization, assignmentId, reviewer, score, chosenCategories, learningPoint, recommendation, Map.of());
	}

	/**
	 * The same, with answers to the organization's custom review fields (field code to values),
	 * refused with {@link InvalidCustomFieldAnswersException} when they break a field's rules (the
	 * review page checks required fields before it calls).
	 */
	@Transactional
	public LearningCase submit(OrganizationId organization, AssignmentId assignmentId, PersonId reviewer, Score score,
			List<String> chosenCategories, String learningPoint, Recommendation recommendation,
			Map<String, List<String>> customFields) {
		return submit(organization, assignmentId, reviewer, score.code(), chosenCategories, learningPoint, recommendation,
				customFields);
	}

	/**
	 * The same, scored on the scale the organization has in force: {@code scoreCode} is one of its
	 * level codes (for RADPEER 2016, "2b" or the score's name). A code the scale does not have is a
	 * 400; {@link #scored} tells beforehand.
	 */
	@Transactional
	public LearningCase submit(OrganizationId organization, AssignmentId assignmentId, PersonId reviewer, String scoreCode,
			List<String> chosenCategories, String learningPoint, Recommendation recommendation,
			Map<String, List<String>> customFields) {
		ReviewProgramSettings settings = program.of(organization);
		ReviewScale scale = settings.activeScale();
		Scored scored = scored(scale, scoreCode)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST, "no such level on the scale in force"));
		Assignment assignment = repository.assignment(organization, assignmentId)
			.filter(a -> a.reviewerId().equals(reviewer))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		LearningCase learningCase = cases.get(organization, assignment.caseId());
		if (!repository.complete(organization, assignmentId, reviewer)) {
			throw new IllegalTransitionException(learningCase.state(), CaseAction.CONCUR);
		}
		if (!customFields.isEmpty()) {
			answers.record(organization, CustomFieldTarget.REVIEW, assignmentId.value(), customFields, reviewer.value());
		}
		repository.insertReview(organization, assignment, scale.code(), scored.code(), scored.significance(),
				categories.known(organization, chosenCategories), blankToNull(learningPoint), recommendation);
		cases.note(organization, learningCase.id(), "REVIEW_SUBMITTED", reviewer, null);
		events.publishEvent(new ReviewSubmitted(organization.value(), reviewer.value(), assignmentId.value(), learningCase.id().value(),
				scored.code(), recommendation));
		boolean othersOpen = repository.assignmentsOf(organization, learningCase.id()).stream().anyMatch(Assignment::open);
		if (othersOpen) {
			return learningCase;
		}
		List<ReviewScale> scales = settings.scales();
		List<Finding> findings = repository.reviewsOf(organization, learningCase.id())
			.stream()
			.map(r -> finding(r, scales))
			.toList();
		LearningCase after = ReviewOutcome.decide(learningCase.source(), findings)
			.map(action -> cases.transition(organization, learningCase.id(), action, reviewer, null))
			.orElse(learningCase);
		if (after.state() == CaseState.ADJUDICATION || after.state() == CaseState.SAFETY_ESCALATION) {
			tellTheCommittee(organization, after);
		}
		return after;
	}

	/** A level chosen on a scale, as stored: its code and the clinical significance it implies. */
	public record Scored(String code, String significance) {
	}

	/** The level {@code code} names on {@code scale}, if it has one. */
	public static Optional<Scored> scored(ReviewScale scale, String code) {
		if (code == null || code.isBlank()) {
			return Optional.empty();
		}
		String wanted = code.strip();
		if (scale.builtIn()) {
			Optional<Score> score = Score.ofCode(wanted)
				.or(() -> java.util.Arrays.stream(Score.values()).filter(s -> s.name().equals(wanted)).findFirst());
			return score.map(s -> new Scored(s.code(), s.level() == 1 ? "NONE" : s.likelySignificant() ? "LIKELY" : "UNLIKELY"));
		}
		return scale.levels()
			.stream()
			.filter(level -> level.code().equalsIgnoreCase(wanted))
			.findFirst()
			.map(level -> new Scored(level.code(),
					level.concur() ? "NONE" : level.clinicallySignificant() ? "LIKELY" : "UNLIKELY"));
	}

	/** How a review weighs in the outcome: RADPEER by its score, another scale by its level's flags. */
	private static Finding finding(Review review, List<ReviewScale> scales) {
		if (review.score() != null) {
			return new Finding(review.score(), review.recommendation());
		}
		return scales.stream()
			.filter(scale -> scale.code().equalsIgnoreCase(review.scaleCode()))
			.flatMap(scale -> scale.levels().stream())
			.filter(level -> level.code().equalsIgnoreCase(review.scoreCode()))
			.findFirst()
			.map(level -> Finding.of(level, review.recommendation()))
			.orElse(new Finding(review.scoreCode(), false, false, review.recommendation()));
	}

	/** The label of the level each review chose, in {@code locale}: the scale's own words (retired scales too). */
	public Map<AssignmentId, String> scoreLabels(OrganizationId organization, List<Review> written, java.util.Locale locale) {
		List<ReviewScale> scales = administration.settings(organization).scales();
		Map<AssignmentId, String> labels = new java.util.HashMap<>();
		for (Review review : written) {
			labels.put(review.assignmentId(), scales.stream()
				.filter(scale -> scale.code().equalsIgnoreCase(review.scaleCode()))
				.flatMap(scale -> scale.levels().stream())
				.filter(level -> level.code().equalsIgnoreCase(review.scoreCode()))
				.findFirst()
				.map(level -> level.label(locale))
				.orElse(review.scoreCode()));
		}
		return labels;
	}

	public List<Review> ofCase(OrganizationId organization, CaseId caseId) {
		return repository.reviewsOf(organization, caseId);
	}

	/** The reviews of several cases by case, oldest first: a list's rows in one query. */
	public Map<CaseId, List<Review>> ofCases(OrganizationId organization, Collection<CaseId> caseIds) {
		return repository.reviewsOf(organization, caseIds).stream()
			.collect(Collectors.groupingBy(Review::caseId, LinkedHashMap::new, Collectors.toList()));
	}

	public List<Decision> decisions(OrganizationId organization, CaseId caseId) {
		return repository.decisionsOf(organization, caseId);
	}

	/**
	 * Records the committee's consensus and takes the step it chose (refused, like any step, when the
	 * case's state does not allow it).
	 */
	@Transactional
	public LearningCase decide(OrganizationId organization, CaseId caseId, Score score, CaseAction outcome, String learningPoint,
			Set<SafetyAction> safetyActions, PersonId decidedBy) {
		return decide(organization, caseId, score.code(), outcome, learningPoint, safetyActions, decidedBy);
	}

	/** The same, scored on the scale in force: {@code scoreCode} is one of its levels (see {@link #scored}). */
	@Transactional
	public LearningCase decide(OrganizationId organization, CaseId caseId, String scoreCode, CaseAction outcome,
			String learningPoint, Set<SafetyAction> safetyActions, PersonId decidedBy) {
		ReviewScale scale = program.of(organization).activeScale();
		Scored scored = scored(scale, scoreCode)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST, "no such level on the scale in force"));
		LearningCase learningCase = cases.get(organization, caseId);
		if (!COMMITTEE_OUTCOMES.contains(outcome) || !learningCase.state().allows(outcome)) {
			throw new IllegalTransitionException(learningCase.state(), outcome);
		}
		Set<SafetyAction> safety = safetyActions == null || safetyActions.isEmpty() ? EnumSet.noneOf(SafetyAction.class)
				: EnumSet.copyOf(safetyActions);
		repository.insertDecision(organization, caseId, scale.code(), scored.code(), outcome, blankToNull(learningPoint), safety,
				decidedBy);
		cases.note(organization, caseId, "COMMITTEE_DECIDED", decidedBy, null);
		events.publishEvent(new CommitteeDecided(organization.value(), decidedBy.value(), caseId.value(), scored.code(), outcome,
				String.join(",", safety.stream().map(Enum::name).sorted().toList())));
		return cases.transition(organization, caseId, outcome, decidedBy, null);
	}

	/**
	 * Reminds reviewers of assignments due within two days or overdue, at most once a day each; one
	 * instance at a time when several run.
	 * Notifications (without patient data) hang off the {@link ReviewerReminded} event.
	 */
	@Scheduled(cron = "${peerlearning.review.reminder-cron:0 0 7 * * *}")
	@Transactional
	public int remindDueReviewers() {
		if (!jobs.tryLock("review-reminders")) {
			return 0;
		}
		List<Map.Entry<OrganizationId, Assignment>> due = repository.dueForReminder(LocalDate.now(clock).plusDays(2),
				clock.instant().minus(Duration.ofHours(20)));
		for (Map.Entry<OrganizationId, Assignment> entry : due) {
			Assignment assignment = entry.getValue();
			repository.markReminded(entry.getKey(), assignment.id());
			cases.note(entry.getKey(), assignment.caseId(), "REVIEWER_REMINDED", null, null);
			notifications.notify(new Notice(entry.getKey(), assignment.reviewerId(), "review.reminder", "/reviews/" + assignment.id()));
			events.publishEvent(new ReviewerReminded(entry.getKey().value(), assignment.id().value(), assignment.reviewerId().value()));
		}
		if (!due.isEmpty()) {
			log.info("Reminded reviewers of {} review assignments due soon or overdue", due.size());
		}
		return due.size();
	}

	/** The lead and the committee learn that a case awaits them; the notice carries only its link. */
	private void tellTheCommittee(OrganizationId organization, LearningCase learningCase) {
		people.members(organization)
			.stream()
			.filter(m -> m.membership().roles().contains(Role.PROGRAM_LEAD) || m.membership().roles().contains(Role.QUALITY_COMMITTEE))
			.filter(m -> !m.person().id().equals(learningCase.authorId()))
			.forEach(m -> notifications.notify(new Notice(organization, m.person().id(), "review.committee",
					"/committee/" + learningCase.id())));
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
