package org.peerlearning.feedback.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import org.peerlearning.feedback.Feedback;
import org.peerlearning.feedback.FeedbackId;
import org.peerlearning.feedback.FeedbackKind;
import org.peerlearning.feedback.internal.FeedbackThread;
import org.peerlearning.feedback.internal.ThreadView;
import org.peerlearning.identity.CurrentViewer;
import org.peerlearning.identity.PersonId;
import org.peerlearning.identity.Viewer;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Feedback for integrations: the caller's feedback, a thread as the caller sees it (the other side
 * named only if it chose to be), acknowledging, replying, giving feedback to a colleague.
 */
@RestController
@RequestMapping("/api/v1/feedback")
class FeedbackApi {

	private final Feedback feedback;

	private final CurrentViewer currentViewer;

	private final MessageSource messages;

	FeedbackApi(Feedback feedback, CurrentViewer currentViewer, MessageSource messages) {
		this.feedback = feedback;
		this.currentViewer = currentViewer;
		this.messages = messages;
	}

	@GetMapping
	Inbox inbox() {
		Viewer viewer = member();
		return new Inbox(feedback.received(viewer.organizationId(), viewer.personId()).stream().map(Summary::of).toList(),
				feedback.given(viewer.organizationId(), viewer.personId()).stream().map(Summary::of).toList());
	}

	@GetMapping("/{id}")
	Thread thread(@PathVariable UUID id) {
		Viewer viewer = member();
		ThreadView view = feedback.view(viewer.organizationId(), new FeedbackId(id), viewer.personId());
		String otherSide = view.otherSideName() != null ? view.otherSideName()
				: messages.getMessage(view.otherSideRole(), null, LocaleContextHolder.getLocale());
		return new Thread(view.id(), view.caseId(), view.kind(), view.side().name(), otherSide, view.exam(), view.score(),
				view.learningPoint(), view.message(), view.sentAt(), view.acknowledgedAt(),
				view.lines().stream().map(l -> new Line(l.mine(), l.mine() ? null
						: l.authorName() != null ? l.authorName() : messages.getMessage(l.authorRole(), null, LocaleContextHolder.getLocale()),
						l.body(), l.at())).toList());
	}

	@PostMapping
	ResponseEntity<Summary> give(@Valid @RequestBody FeedbackForms.Direct body) {
		Viewer viewer = member();
		FeedbackId id;
		try {
			id = feedback.give(viewer.organizationId(), viewer.personId(), new PersonId(body.recipient()), body.accession(),
					body.kind(), body.message(), body.signed());
		}
		catch (ResponseStatusException refused) {
			String reason = refused.getReason() == null ? "feedback.error.recipient" : refused.getReason();
			throw new ResponseStatusException(refused.getStatusCode(),
					messages.getMessage(reason, null, reason, LocaleContextHolder.getLocale()));
		}
		FeedbackThread created = feedback.given(viewer.organizationId(), viewer.personId())
			.stream()
			.filter(t -> t.id().equals(id.value()))
			.findFirst()
			.orElseThrow();
		return ResponseEntity.created(URI.create("/api/v1/feedback/" + id)).body(Summary.of(created));
	}

	@PostMapping("/{id}/acknowledgement")
	ResponseEntity<Void> acknowledge(@PathVariable UUID id) {
		Viewer viewer = member();
		feedback.acknowledge(viewer.organizationId(), new FeedbackId(id), viewer.personId());
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/{id}/replies")
	ResponseEntity<Void> reply(@PathVariable UUID id, @Valid @RequestBody FeedbackForms.Reply body) {
		Viewer viewer = member();
		feedback.reply(viewer.organizationId(), new FeedbackId(id), viewer.personId(), body.body(), body.signed());
		return ResponseEntity.status(HttpStatus.CREATED).build();
	}

	@PostMapping("/{id}/conversation-request")
	ResponseEntity<Void> conversation(@PathVariable UUID id) {
		Viewer viewer = member();
		feedback.requestConversation(viewer.organizationId(), new FeedbackId(id), viewer.personId());
		return ResponseEntity.noContent().build();
	}

	private Viewer member() {
		Viewer viewer = currentViewer.get();
		viewer.requireOrganization();
		if (viewer.roles().isEmpty()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return viewer;
	}

	record Inbox(List<Summary> received, List<Summary> given) {
	}

	/** A thread in a list: no names, no text. */
	record Summary(UUID id, UUID caseId, FeedbackKind kind, String state, Instant sentAt, Instant acknowledgedAt) {

		static Summary of(FeedbackThread t) {
			return new Summary(t.id(), t.caseId(), t.kind(), t.state(), t.sentAt(), t.acknowledgedAt());
		}
	}

	record Thread(UUID id, UUID caseId, FeedbackKind kind, String side, String otherSide, ThreadView.ExamSummary exam,
			String score, String learningPoint, String message, Instant sentAt, Instant acknowledgedAt, List<Line> replies) {
	}

	record Line(boolean mine, String author, String body, Instant at) {
	}
}
