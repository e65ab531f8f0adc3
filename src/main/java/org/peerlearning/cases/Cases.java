package org.peerlearning.cases;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.peerlearning.cases.domain.CaseRepository;
import org.peerlearning.cases.domain.ImageViewerLinks;
import org.peerlearning.cases.domain.ReportMasker;
import org.peerlearning.deidentification.KnownIdentifiers;
import org.peerlearning.deidentification.TextDeidentifier;
import org.peerlearning.identity.People;
import org.peerlearning.identity.Person;
import org.peerlearning.identity.PersonId;
import org.peerlearning.intake.ExamDetails;
import org.peerlearning.intake.ExamId;
import org.peerlearning.intake.Exams;
import org.peerlearning.notification.Notice;
import org.peerlearning.notification.Notifications;
import org.peerlearning.organization.CustomFieldAnswers;
import org.peerlearning.organization.CustomFieldTarget;
import org.peerlearning.organization.OrganizationId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * The cases module's public face: open cases from any source, move them through their states
 * (each step guarded by {@link CaseState#after(CaseAction)} and recorded on the timeline and in the
 * audit trail), read them, and give reviewers a blinded view of their exam. Who may do what is the
 * callers' concern; every read and write is scoped by the organization.
 */
@Service
public class Cases {

	private static final int PRIORS = 3;

	private final CaseRepository repository;

	private final Exams exams;

	private final People people;

	private final ApplicationEventPublisher events;

	private final ReportMasker masker;

	private final ImageViewerLinks viewerLinks;

	private final Notifications notifications;

	private final CustomFieldAnswers answers;

	Cases(CaseRepository repository, Exams exams, People people, ApplicationEventPublisher events, TextDeidentifier deidentifier,
			ImageViewerLinks viewerLinks, Notifications notifications, CustomFieldAnswers answers) {
		this.answers = answers;
		this.repository = repository;
		this.exams = exams;
		this.people = people;
		this.events = events;
		this.masker = new ReportMasker(deidentifier);
		this.viewerLinks = viewerLinks;
		this.notifications = notifications;
	}

	/**
	 * Opens a case about an exam of the organization (404 if it has no such exam). Submissions wait
	 * for the lead in {@link CaseState#SUBMITTED}; samples go straight to {@link CaseState#TRIAGE},
	 * and assigning them a reviewer puts them in review. Answers to the organization's custom case
	 * fields, when given, are checked and stored with it, or the whole is refused with
	 * {@link org.peerlearning.organization.InvalidCustomFieldAnswersException}; a sample carries
	 * none. Pages and APIs that take a person's submission check required fields first
	 * ({@link org.peerlearning.organization.CustomFieldAnswers#problems}).
	 */
	@Transactional
	public CaseId open(OpenCase command) {
		ExamDetails exam = exams.find(command.organizationId(), command.examId())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no such exam"));
		CaseState state = command.source().sample() ? CaseState.TRIAGE : CaseState.SUBMITTED;
		CaseId id = CaseId.random();
		String note = command.note() == null || command.note().isBlank() ? null : command.note().strip();
		repository.insert(id, command.organizationId(), command.examId(), command.source(), state, exam.readingRadiologistId(),
				command.submitterId(), command.submitterId() != null && command.submitterNamed(), note,
				new LinkedHashSet<>(command.categories()), command.sampleRule());
		repository.record(command.organizationId(), id, "OPEN", null, state, command.submitterId(), null);
		if (!command.customFields().isEmpty()) {
			answers.record(command.organizationId(), CustomFieldTarget.CASE, id.value(), command.customFields(),
					command.submitterId() == null ? null : command.submitterId().value());
		}
		events.publishEvent(new CaseSubmitted(command.organizationId().value(),
				command.submitterId() == null ? null : command.submitterId().value(), id.value(), command.source(), state));
		if (!command.source().sample()) {
			tellTheLeads(command.organizationId(), id, exam.readingRadiologistId());
		}
		return id;
	}

	public Optional<LearningCase> find(OrganizationId organization, CaseId id) {
		return repository.find(organization, id);
	}

	/** The organization's cases among {@code ids}, by id; unknown ids are left out. */
	public Map<CaseId, LearningCase> findAll(OrganizationId organization, Collection<CaseId> ids) {
		Map<CaseId, LearningCase> found = new HashMap<>();
		repository.findAll(organization, ids).forEach(c -> found.put(c.id(), c));
		return found;
	}

	/** The case, or a 404 for anything that is not one of the organization's cases. */
	public LearningCase get(OrganizationId organization, CaseId id) {
		return find(organization, id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	public List<LearningCase> search(OrganizationId organization, CaseQuery query) {
		return repository.search(organization, query);
	}

	/**
	 * Takes one step. Refused with {@link IllegalTransitionException} when the case's state does not
	 * allow it, or when someone moved the case in the meantime.
	 */
	@Transactional
	public LearningCase transition(OrganizationId organization, CaseId id, CaseAction action, PersonId actor, String note) {
		LearningCase current = get(organization, id);
		CaseState next = current.state().after(action).orElseThrow(() -> new IllegalTransitionException(current.state(), action));
		if (next != current.state() && !repository.move(organization, id, current.state(), next, actor)) {
			throw new IllegalTransitionException(current.state(), action);
		}
		repository.record(organization, id, action.name(), current.state(), next, actor, blankToNull(note));
		UUID actorId = actor == null ? null : actor.value();
		if (next != current.state()) {
			events.publishEvent(new CaseStateChanged(organization.value(), actorId, id.value(), action, current.state(), next));
		}
		if (action == CaseAction.ACCEPT || action == CaseAction.CANCEL || action == CaseAction.REJECT || action == CaseAction.MERGE) {
			events.publishEvent(new CaseTriaged(organization.value(), actorId, id.value(), action));
		}
		return get(organization, id);
	}

	/** Closes a duplicate by pointing it at the case that carries on (which must be another live case). */
	@Transactional
	public void merge(OrganizationId organization, CaseId duplicate, CaseId into, PersonId actor, String note) {
		LearningCase target = get(organization, into);
		if (duplicate.equals(into) || target.state().terminal()) {
			throw new IllegalTransitionException(get(organization, duplicate).state(), CaseAction.MERGE);
		}
		transition(organization, duplicate, CaseAction.MERGE, actor, note);
		repository.markMerged(organization, duplicate, into);
	}

	/** Records in the audit trail that someone was shown the case (or its exam and report). */
	public void viewed(OrganizationId organization, CaseId id, PersonId viewer, String view) {
		events.publishEvent(new CaseViewed(organization.value(), viewer.value(), id.value(), view));
	}

	public List<TimelineEntry> timeline(OrganizationId organization, CaseId id) {
		return repository.timeline(organization, id);
	}

	/** Notes a step that does not change the state (a reviewer assigned, a reminder sent...). */
	@Transactional
	public void note(OrganizationId organization, CaseId id, String action, PersonId actor, String note) {
		LearningCase current = get(organization, id);
		repository.record(organization, id, action, current.state(), current.state(), actor, blankToNull(note));
	}

	@Transactional
	public void comment(OrganizationId organization, CaseId id, PersonId author, String body) {
		get(organization, id);
		repository.comment(organization, id, author, body.strip());
		events.publishEvent(new CaseCommented(organization.value(), author.value(), id.value()));
	}

	public List<CaseComment> comments(OrganizationId organization, CaseId id) {
		return repository.comments(organization, id);
	}

	/**
	 * What a worklist row shows of the case's exam: modality, body part, procedure and date, which
	 * name nobody. Without the report, the priors or the viewer link, so a list of cases costs two
	 * look-ups per row rather than a de-identification of every report.
	 */
	public BlindedExam blindedSummary(OrganizationId organization, CaseId id) {
		return blindedSummaries(organization, List.of(get(organization, id))).values().stream().findFirst()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	/** {@link #blindedSummary} of several cases at once, with one look-up for all their exams: a worklist's rows. */
	public Map<CaseId, BlindedExam> blindedSummaries(OrganizationId organization, Collection<LearningCase> learningCases) {
		Map<ExamId, ExamDetails> found = exams.findAll(organization, learningCases.stream().map(LearningCase::examId).toList());
		Map<CaseId, BlindedExam> summaries = new HashMap<>();
		for (LearningCase learningCase : learningCases) {
			ExamDetails exam = found.get(learningCase.examId());
			if (exam != null) {
				summaries.put(learningCase.id(), new BlindedExam(exam.modality(), exam.bodyPart(), exam.procedureDescription(),
						exam.examAt(), null, null, List.of()));
			}
		}
		return summaries;
	}


	/**
	 * The case's exam as a blinded reviewer may see it: no patient identifiers, no radiologist's name
	 * or number, no signature lines, in the report and in the priors.
	 */
	public BlindedExam blindedExam(OrganizationId organization, CaseId id) {
		LearningCase learningCase = get(organization, id);
		ExamDetails exam = exams.find(organization, learningCase.examId())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		List<ExamDetails> priors = exams.priors(organization, exam.id(), PRIORS);
		Blinding blinding = blinding(organization, learningCase, exam, priors);
		List<BlindedExam.Prior> blindedPriors = priors.stream()
			.map(p -> new BlindedExam.Prior(p.modality(), p.bodyPart(), p.procedureDescription(), p.examAt(),
					blinding.mask(p.reportText())))
			.toList();
		return new BlindedExam(exam.modality(), exam.bodyPart(), exam.procedureDescription(), exam.examAt(),
				blinding.mask(exam.reportText()), viewerLinks.link(organization, exam.studyInstanceUid(), exam.accession()), blindedPriors);
	}

	private Blinding blinding(OrganizationId organization, LearningCase learningCase, ExamDetails exam, List<ExamDetails> priors) {
		List<String> authorNames = new ArrayList<>();
		List<String> otherNames = new ArrayList<>();
		List<String> identifiers = new ArrayList<>();
		Set<PersonId> authors = new LinkedHashSet<>();
		for (ExamDetails e : concat(exam, priors)) {
			if (e.readingRadiologistId() != null) {
				authors.add(e.readingRadiologistId());
			}
			if (e.radiologistName() != null) {
				authorNames.add(e.radiologistName());
			}
			identifiers.add(e.accession());
			identifiers.add(e.patientMrn());
			identifiers.add(e.healthCardNumber());
		}
		if (learningCase.authorId() != null) {
			authors.add(learningCase.authorId());
		}
		if (learningCase.submitterId() != null) {
			authors.add(learningCase.submitterId());
		}
		for (PersonId author : authors) {
			people.find(author).ifPresent(p -> addPerson(p, authorNames, identifiers));
		}
		for (People.Member member : people.members(organization)) {
			Person person = member.person();
			if (!authors.contains(person.id())) {
				otherNames.add(person.displayName());
				identifiers.add(person.email());
				identifiers.add(person.cpsoNumber());
			}
		}
		KnownIdentifiers patient = new KnownIdentifiers(
				concat(exam, priors).stream().map(ExamDetails::patientName).filter(n -> !n.isBlank()).distinct().toList(),
				authorNames, concat(exam, priors).stream().map(ExamDetails::patientMrn).toList(),
				concat(exam, priors).stream().map(ExamDetails::accession).toList(), List.of());
		return new Blinding(masker, authorNames, otherNames, identifiers.stream().filter(v -> v != null && !v.isBlank()).toList(),
				patient);
	}

	/** Program leads learn that a case waits for triage (never the case's own author: they must not learn of it here). */
	private void tellTheLeads(OrganizationId organization, CaseId id, PersonId author) {
		people.members(organization)
			.stream()
			.filter(m -> m.membership().roles().contains(org.peerlearning.identity.Role.PROGRAM_LEAD))
			.filter(m -> !m.person().id().equals(author))
			.forEach(m -> notifications.notify(new Notice(organization, m.person().id(), "cases.submitted", "/triage/" + id)));
	}

	private static void addPerson(Person person, List<String> names, List<String> identifiers) {
		names.add(person.displayName());
		identifiers.add(person.email());
		identifiers.add(person.cpsoNumber());
	}

	private static List<ExamDetails> concat(ExamDetails exam, List<ExamDetails> priors) {
		List<ExamDetails> all = new ArrayList<>();
		all.add(exam);
		all.addAll(priors);
		return all;
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	private record Blinding(ReportMasker masker, List<String> authorNames, List<String> otherNames, List<String> identifiers,
			KnownIdentifiers patient) {

		String mask(String report) {
			return masker.mask(report, authorNames, otherNames, identifiers, patient);
		}
	}
}
