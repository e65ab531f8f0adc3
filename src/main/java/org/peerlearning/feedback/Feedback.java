package org.peerlearning.feedback;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.peerlearning.cases.CaseAction;
import org.peerlearning.cases.CaseId;
import org.peerlearning.cases.CaseSource;
import org.peerlearning.cases.CaseState;
import org.peerlearning.cases.Cases;
import org.peerlearning.cases.LearningCase;
import org.peerlearning.feedback.internal.FeedbackMessage;
import org.peerlearning.feedback.internal.FeedbackMessage.Side;
import org.peerlearning.feedback.internal.FeedbackRepository;
import org.peerlearning.feedback.internal.FeedbackThread;
import org.peerlearning.feedback.internal.ThreadView;
import org.peerlearning.identity.People;
import org.peerlearning.identity.Person;
import org.peerlearning.identity.PersonId;
import org.peerlearning.identity.Role;
import org.peerlearning.intake.ExamDetails;
import org.peerlearning.intake.ExamId;
import org.peerlearning.intake.Exams;
import org.peerlearning.notification.Notice;
import org.peerlearning.notification.Notifications;
import org.peerlearning.organization.OrganizationId;
import org.peerlearning.review.Decision;
import org.peerlearning.review.Review;
import org.peerlearning.review.Reviews;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * Private feedback that closes the loop: from a reviewed case to its author, or straight from one
 * colleague to another about an exam (a technologist's images, a referring clinician's concern, a
 * great call). Only the two sides see a thread; each stays anonymous to the other unless it chose
 * to be named; the recipient acknowledges, and either may reply. Every reading is audited.
 */
@Service
public class Feedback {

	private final FeedbackRepository repository;

	private final Cases cases;

	private final Reviews reviews;

	private final Exams exams;

	private final People people;

	private final Notifications notifications;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Feedback(FeedbackRepository repository, Cases cases, Reviews reviews, Exams exams, People people,
			Notifications notifications, ApplicationEventPublisher events, Clock clock) {
		this.repository = repository;
		this.cases = cases;
		this.reviews = reviews;
		this.exams = exams;
		this.people = people;
		this.notifications = notifications;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Sends the feedback of a case that reached "feedback pending" to its author: the committee's
	 * decision if there is one, else the latest review. Once per case; nothing when the case has no
	 * known author.
	 */
	@Transactional
	public Optional<FeedbackId> sendForCase(OrganizationId organization, CaseId caseId, PersonId actor) {
		LearningCase learningCase = cases.get(organization, caseId);
		if (learningCase.authorId() == null || repository.existsForCase(organization.value(), caseId.value())) {
			return Optional.empty();
		}
		Optional<Decision> decision = reviews.decisions(organization, caseId).stream().max(Comparator.comparing(Decision::at));
		Optional<Review> review = reviews.ofCase(organization, caseId).stream().max(Comparator.comparing(Review::at));
		String score = decision.map(Decision::scoreCode)
			.or(() -> review.map(Review::scoreCode))
			.orElse(null);
		String learningPoint = decision.map(Decision::learningPoint).or(() -> review.map(Review::learningPoint)).orElse(null);
		UUID giver = decision.map(d -> d.decidedBy().value()).or(() -> review.map(r -> r.reviewerId().value())).orElse(null);
		FeedbackKind kind = learningCase.source() == CaseSource.GREAT_CALL ? FeedbackKind.GREAT_CALL
				: FeedbackKind.LEARNING_OPPORTUNITY;
		FeedbackThread thread = new FeedbackThread(UUID.randomUUID(), organization.value(), caseId.value(),
				learningCase.examId() == null ? null : learningCase.examId().value(), kind, learningCase.authorId().value(), giver,
				decision.isPresent() ? "COMMITTEE" : "REVIEWER", false, false, score, learningPoint, null, "SENT",
				learningCase.createdAt(), clock.instant(), null, null, 0);
		return Optional.of(send(thread, actor));
	}

	/** Feedback straight from one colleague to another, optionally about an exam of the organization. */
	@Transactional
	public FeedbackId give(OrganizationId organization, PersonId giver, PersonId recipient, String accession, FeedbackKind kind,
			String message, boolean named) {
		if (!FeedbackKind.DIRECT.contains(kind)) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "feedback.error.kind");
		}
		if (giver.equals(recipient) || people.members(organization).stream().noneMatch(m -> m.person().id().equals(recipient))) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "feedback.error.recipient");
		}
		ExamId exam = null;
		if (accession != null && !accession.isBlank()) {
			exam = exams.findByAccession(organization, accession)
				.map(ExamDetails::id)
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST, "feedback.error.accession"));
		}
		Instant now = clock.instant();
		FeedbackThread thread = new FeedbackThread(UUID.randomUUID(), organization.value(), null,
				exam == null ? null : exam.value(), kind, recipient.value(), giver.value(), "COLLEAGUE", named, true, null, null,
				message.strip(), "SENT", now, now, null, null, 0);
		return send(thread, giver);
	}

	private FeedbackId send(FeedbackThread thread, PersonId actor) {
		repository.insert(thread, actor == null ? null : actor.value());
		OrganizationId organization = new OrganizationId(thread.organizationId());
		events.publishEvent(new FeedbackEvent(FeedbackEvent.SENT, thread.organizationId(), actor == null ? null : actor.value(),
				thread.id(), Map.of("kind", thread.kind().name(), "case", String.valueOf(thread.caseId()))));
		notifications.notify(new Notice(organization, new PersonId(thread.recipientId()),
				thread.kind().positive() ? "feedback.great-call" : "feedback.received", "/feedback/" + thread.id()));
		return new FeedbackId(thread.id());
	}

	/**
	 * The thread as this person sees it; 404 for anyone but its two sides. The exam is shown by its
	 * accession and procedure, never the patient; its report only to the radiologist who wrote it.
	 * The view is audited.
	 */
	@Transactional
	public ThreadView view(OrganizationId organization, FeedbackId id, PersonId viewer) {
		FeedbackThread thread = participantsThread(organization, id, viewer);
		events.publishEvent(new FeedbackEvent(FeedbackEvent.VIEWED, organization.value(), viewer.value(), id.value(), Map.of()));
		if (thread.caseId() != null) {
			cases.viewed(organization, new CaseId(thread.caseId()), viewer, "feedback");
		}
		Side side = thread.recipientId().equals(viewer.value()) ? Side.RECIPIENT : Side.GIVER;
		List<FeedbackMessage> messages = repository.messages(organization.value(), thread.id());
		List<ThreadView.Line> lines = messages.stream()
			.map(m -> m.from() == side ? new ThreadView.Line(true, null, null, m.body(), m.at())
					: new ThreadView.Line(false, m.named() ? name(m.authorId()) : null, otherRole(thread, side), m.body(), m.at()))
			.toList();
		boolean recipientSigned = messages.stream().anyMatch(m -> m.from() == Side.RECIPIENT && m.named());
		String otherName = side == Side.RECIPIENT ? (thread.giverNamed() ? name(thread.giverId()) : null)
				: (thread.recipientKnownToGiver() || recipientSigned ? name(thread.recipientId()) : null);
		ThreadView.ExamSummary exam = thread.examId() == null ? null
				: exams.find(organization, new ExamId(thread.examId()))
					.map(e -> new ThreadView.ExamSummary(e.accession(), e.modality(), e.bodyPart(), e.procedureDescription(),
							e.examAt(), viewer.equals(e.readingRadiologistId()) ? e.reportText() : null))
					.orElse(null);
		return new ThreadView(thread.id(), thread.caseId(), thread.kind(), side, otherName, otherRole(thread, side), exam,
				thread.score(), thread.learningPoint(), thread.message(), thread.sentAt(), thread.acknowledgedAt(),
				thread.conversationRequestedAt(), lines);
	}

	/** The recipient has read it: the loop is closed, and the case moves on. */
	@Transactional
	public void acknowledge(OrganizationId organization, FeedbackId id, PersonId person) {
		FeedbackThread thread = recipientsThread(organization, id, person);
		if (!repository.acknowledge(organization.value(), thread.id(), clock.instant())) {
			return;
		}
		events.publishEvent(new FeedbackEvent(FeedbackEvent.ACKNOWLEDGED, organization.value(), person.value(), id.value(), Map.of()));
		if (thread.caseId() != null) {
			CaseId caseId = new CaseId(thread.caseId());
			if (cases.get(organization, caseId).state() == CaseState.FEEDBACK_PENDING) {
				cases.transition(organization, caseId, CaseAction.ACKNOWLEDGE, person, null);
			}
		}
		if (thread.giverId() != null) {
			notifications.notify(new Notice(organization, new PersonId(thread.giverId()), "feedback.acknowledged",
					"/feedback/" + thread.id()));
		}
	}

	@Transactional
	public void reply(OrganizationId organization, FeedbackId id, PersonId person, String body, boolean named) {
		FeedbackThread thread = participantsThread(organization, id, person);
		Side side = thread.recipientId().equals(person.value()) ? Side.RECIPIENT : Side.GIVER;
		repository.addMessage(organization.value(),
				new FeedbackMessage(UUID.randomUUID(), thread.id(), side, person.value(), named, body.strip(), clock.instant()));
		events.publishEvent(new FeedbackEvent(FeedbackEvent.REPLIED, organization.value(), person.value(), id.value(),
				Map.of("side", side.name(), "named", String.valueOf(named))));
		UUID other = side == Side.RECIPIENT ? thread.giverId() : thread.recipientId();
		if (other != null) {
			notifications.notify(new Notice(organization, new PersonId(other), "feedback.replied", "/feedback/" + thread.id()));
		}
	}

	/** The recipient asks the program lead for a conversation; every lead of the organization is told. */
	@Transactional
	public void requestConversation(OrganizationId organization, FeedbackId id, PersonId person) {
		FeedbackThread thread = recipientsThread(organization, id, person);
		if (!repository.requestConversation(organization.value(), thread.id(), clock.instant())) {
			return;
		}
		events.publishEvent(new FeedbackEvent(FeedbackEvent.CONVERSATION_REQUESTED, organization.value(), person.value(),
				id.value(), Map.of()));
		people.members(organization)
			.stream()
			.filter(m -> m.membership().roles().contains(Role.PROGRAM_LEAD) && !m.person().id().equals(person))
			.forEach(m -> notifications.notify(new Notice(organization, m.person().id(), "feedback.conversation-requested",
					"/feedback/program")));
	}

	public List<FeedbackThread> received(OrganizationId organization, PersonId person) {
		return repository.received(organization.value(), person.value(), 200);
	}

	public List<FeedbackThread> given(OrganizationId organization, PersonId person) {
		return repository.given(organization.value(), person.value(), 200);
	}

	/** Every thread's state for the program lead: no content, no giver. */
	public List<FeedbackThread> program(OrganizationId organization) {
		return repository.all(organization.value(), 500);
	}

	private FeedbackThread participantsThread(OrganizationId organization, FeedbackId id, PersonId person) {
		return repository.find(organization.value(), id.value())
			.filter(t -> t.recipientId().equals(person.value()) || person.value().equals(t.giverId()))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private FeedbackThread recipientsThread(OrganizationId organization, FeedbackId id, PersonId person) {
		FeedbackThread thread = participantsThread(organization, id, person);
		if (!thread.recipientId().equals(person.value())) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		return thread;
	}

	private String otherRole(FeedbackThread thread, Side side) {
		if (side == Side.GIVER) {
			return "feedback.role.recipient." + (thread.caseId() != null ? "author" : "colleague");
		}
		return "feedback.role.giver." + thread.giverRole().toLowerCase(java.util.Locale.ROOT);
	}

	private String name(UUID person) {
		return person == null ? null : people.find(new PersonId(person)).map(Person::displayName).orElse(null);
	}
}
