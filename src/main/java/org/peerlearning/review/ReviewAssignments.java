package org.peerlearning.review;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.peerlearning.cases.CaseAction;
import org.peerlearning.cases.CaseId;
import org.peerlearning.cases.Cases;
import org.peerlearning.cases.IllegalTransitionException;
import org.peerlearning.cases.LearningCase;
import org.peerlearning.identity.People;
import org.peerlearning.identity.PersonId;
import org.peerlearning.identity.Role;
import org.peerlearning.intake.ExamDetails;
import org.peerlearning.intake.Exams;
import org.peerlearning.organization.OrganizationId;
import org.peerlearning.review.domain.ReviewRepository;
import org.peerlearning.review.policy.Candidate;
import org.peerlearning.review.policy.CaseFacts;
import org.peerlearning.review.policy.ReviewerSuggestions;
import org.peerlearning.review.policy.ReviewerSuggestions.Suggestion;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who reviews which case. Suggestions come from named policies (never the author, never the
 * submitter, not a previous reviewer, no conflict of interest; then subspecialty and load), and
 * the same policies refuse an assignment that breaks them, whoever asks: the lead's page, the
 * sampling engine or the API.
 */
@Service
public class ReviewAssignments {

	private final ReviewRepository repository;

	private final Cases cases;

	private final Exams exams;

	private final People people;

	private final ConflictsOfInterest conflicts;

	private final TurnaroundTargets turnaround;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final ReviewerSuggestions policies = ReviewerSuggestions.standard();

	ReviewAssignments(ReviewRepository repository, Cases cases, Exams exams, People people, ConflictsOfInterest conflicts,
			TurnaroundTargets turnaround, ApplicationEventPublisher events, Clock clock) {
		this.repository = repository;
		this.cases = cases;
		this.exams = exams;
		this.people = people;
		this.conflicts = conflicts;
		this.turnaround = turnaround;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Asks {@code reviewer} to review the case by {@code due} (the organization's turnaround when
	 * null) and puts the case in review. Refused with {@link ReviewerNotAllowedException} when a
	 * policy forbids this reviewer, {@link IllegalTransitionException} when the case cannot be
	 * assigned in its state.
	 */
	@Transactional
	public AssignmentId assign(OrganizationId organization, CaseId caseId, PersonId reviewer, LocalDate due, PersonId assignedBy) {
		LearningCase learningCase = cases.get(organization, caseId);
		if (!learningCase.state().allows(CaseAction.ASSIGN)) {
			throw new IllegalTransitionException(learningCase.state(), CaseAction.ASSIGN);
		}
		Candidate candidate = candidates(organization).stream()
			.filter(c -> c.id().equals(reviewer))
			.findFirst()
			.orElseThrow(() -> new ReviewerNotAllowedException(List.of("review.policy.notRadiologist")));
		Suggestion verdict = policies.judge(candidate, facts(organization, learningCase));
		if (!verdict.allowed()) {
			throw new ReviewerNotAllowedException(verdict.refusals());
		}
		LocalDate dueOn = due != null ? due : defaultDue(organization);
		AssignmentId id = AssignmentId.random();
		repository.insertAssignment(id, organization, caseId, reviewer, dueOn, assignedBy);
		cases.transition(organization, caseId, CaseAction.ASSIGN, assignedBy, null);
		events.publishEvent(new ReviewerAssigned(organization.value(), assignedBy == null ? null : assignedBy.value(), id.value(),
				caseId.value(), reviewer.value(), dueOn));
		return id;
	}

	public LocalDate defaultDue(OrganizationId organization) {
		return LocalDate.now(clock).plusDays(turnaround.reviewDays(organization));
	}

	/** Every radiologist of the organization, allowed ones first and best placed first, with reasons. */
	public List<Suggestion> suggest(OrganizationId organization, CaseId caseId) {
		LearningCase learningCase = cases.get(organization, caseId);
		return policies.rank(candidates(organization), facts(organization, learningCase));
	}

	public Optional<Assignment> find(OrganizationId organization, AssignmentId id) {
		return repository.assignment(organization, id);
	}

	public List<Assignment> ofCase(OrganizationId organization, CaseId caseId) {
		return repository.assignmentsOf(organization, caseId);
	}

	/** The reviewer's open assignments, soonest due first. */
	public List<Assignment> openFor(OrganizationId organization, PersonId reviewer) {
		return repository.openFor(organization, reviewer);
	}

	private List<Candidate> candidates(OrganizationId organization) {
		Map<UUID, Integer> load = repository.openLoad(organization);
		return people.members(organization)
			.stream()
			.filter(m -> m.membership().roles().contains(Role.RADIOLOGIST))
			.map(m -> new Candidate(m.person().id(), m.person().displayName(), m.person().subspecialties(),
					load.getOrDefault(m.person().id().value(), 0)))
			.toList();
	}

	private CaseFacts facts(OrganizationId organization, LearningCase learningCase) {
		Set<PersonId> previous = new HashSet<>();
		repository.assignmentsOf(organization, learningCase.id())
			.stream()
			.filter(a -> a.status() != Assignment.Status.WITHDRAWN)
			.forEach(a -> previous.add(a.reviewerId()));
		Optional<ExamDetails> exam = exams.find(organization, learningCase.examId());
		Set<PersonId> authorConflicts = learningCase.authorId() == null ? Set.of() : conflicts.of(organization, learningCase.authorId());
		return new CaseFacts(learningCase.authorId(), learningCase.submitterId(), previous, authorConflicts,
				exam.map(ExamDetails::modality).orElse(null), exam.map(ExamDetails::bodyPart).orElse(null));
	}
}
