package org.peerlearning.review.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.peerlearning.cases.BlindedExam;
import org.peerlearning.cases.CaseState;
import org.peerlearning.cases.Cases;
import org.peerlearning.cases.IllegalTransitionException;
import org.peerlearning.cases.LearningCase;
import org.peerlearning.identity.CurrentViewer;
import org.peerlearning.identity.Viewer;
import org.peerlearning.organization.CustomFieldAnswers;
import org.peerlearning.organization.CustomFieldTarget;
import org.peerlearning.organization.InvalidCustomFieldAnswersException;
import org.peerlearning.review.Assignment;
import org.peerlearning.review.AssignmentId;
import org.peerlearning.review.Recommendation;
import org.peerlearning.review.ReviewAssignments;
import org.peerlearning.review.ReviewDrafts;
import org.peerlearning.review.Reviews;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The caller's open review assignments, blinded exactly as the reviewer's pages are: no author, no
 * submitter, no patient identifiers. Each answer is a view of the cases and is audited. The
 * caller submits their review of one here too.
 */
@RestController
class ReviewApiController {

	private final CurrentViewer currentViewer;

	private final ReviewAssignments assignments;

	private final Cases cases;

	private final Reviews reviews;

	private final ReviewDrafts drafts;

	private final CustomFieldAnswers answers;

	private final MessageSource messages;

	ReviewApiController(CurrentViewer currentViewer, ReviewAssignments assignments, Cases cases, Reviews reviews,
			ReviewDrafts drafts, CustomFieldAnswers answers, MessageSource messages) {
		this.currentViewer = currentViewer;
		this.assignments = assignments;
		this.cases = cases;
		this.reviews = reviews;
		this.drafts = drafts;
		this.answers = answers;
		this.messages = messages;
	}

	/**
	 * Submits the caller's blinded review of one of their assignments, as the review form does:
	 * {@code score} is a level code of the organization's scale in force (for RADPEER 2016 "2a" or
	 * "S2A"). A level the scale does not have or an invalid custom field is a 400 naming it; an
	 * assignment that is not the caller's a 404; one already closed a 409. Answers the case's state
	 * after the review (the committee's, when the score calls for adjudication).
	 */
	@PostMapping("/api/v1/reviews/{assignmentId}")
	SubmittedJson submit(@PathVariable UUID assignmentId, @Valid @RequestBody ReviewBody body) {
		Viewer viewer = currentViewer.get();
		viewer.requireOrganization();
		Assignment assignment = own(viewer, assignmentId);
		AssignmentId id = assignment.id();
		Map<String, List<String>> custom = body.customFields() == null ? Map.of() : body.customFields();
		Map<String, String> problems = answers.problems(viewer.organizationId(), CustomFieldTarget.REVIEW, custom);
		if (!problems.isEmpty()) {
			throw new InvalidCustomFieldAnswersException(problems);
		}
		LearningCase reviewed = reviews.submit(viewer.organizationId(), id, viewer.personId(), body.score(),
				body.categories() == null ? List.of() : body.categories(), body.learningPoint(), body.recommendation(), custom);
		drafts.discard(viewer.organizationId(), id);
		return new SubmittedJson(assignment.id().toString(), assignment.caseId().toString(), reviewed.state());
	}

	/**
	 * Keeps a review in progress as the caller's draft of the assignment, the one the review form
	 * gives back; every field may be missing. Answers the draft as kept.
	 */
	@PutMapping("/api/v1/reviews/{assignmentId}/draft")
	DraftJson saveDraft(@PathVariable UUID assignmentId, @Valid @RequestBody DraftBody body) {
		Viewer viewer = currentViewer.get();
		viewer.requireOrganization();
		Assignment assignment = open(viewer, assignmentId);
		Instant saved = drafts.save(viewer.organizationId(), assignment.id(), viewer.personId(), body.fields())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.PAYLOAD_TOO_LARGE,
					messages.getMessage("review.draft.tooLong", null, Locale.ENGLISH)));
		return DraftJson.of(body.fields(), saved);
	}

	/** The caller's draft of the assignment; a 404 when they left none. */
	@GetMapping("/api/v1/reviews/{assignmentId}/draft")
	DraftJson draft(@PathVariable UUID assignmentId) {
		Viewer viewer = currentViewer.get();
		viewer.requireOrganization();
		Assignment assignment = own(viewer, assignmentId);
		ReviewDrafts.Draft draft = drafts.find(viewer.organizationId(), assignment.id(), viewer.personId())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no draft"));
		return DraftJson.of(draft.fields(), draft.savedAt());
	}

	private Assignment own(Viewer viewer, UUID assignmentId) {
		return assignments.find(viewer.organizationId(), new AssignmentId(assignmentId))
			.filter(a -> a.reviewerId().equals(viewer.personId()))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private Assignment open(Viewer viewer, UUID assignmentId) {
		Assignment assignment = own(viewer, assignmentId);
		if (!assignment.open()) {
			throw new ResponseStatusException(HttpStatus.CONFLICT, messages.getMessage("review.form.closed", null, Locale.ENGLISH));
		}
		return assignment;
	}

	@ExceptionHandler(InvalidCustomFieldAnswersException.class)
	ResponseEntity<ProblemDetail> refused(InvalidCustomFieldAnswersException refused, Locale locale) {
		return ResponseEntity.badRequest().body(refused.problem(messages, "review.api.customFields.refused", locale));
	}

	@ExceptionHandler(IllegalTransitionException.class)
	ResponseEntity<ProblemDetail> closed(Locale locale) {
		return ResponseEntity.status(HttpStatus.CONFLICT)
			.body(ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, messages.getMessage("review.form.closed", null, locale)));
	}

	/** A review as the API takes it; the fields of the review form. */
	record ReviewBody(@NotBlank String score, List<String> categories, @Size(max = 2000) String learningPoint,
			@NotNull Recommendation recommendation, Map<String, List<String>> customFields) {
	}

	record SubmittedJson(String assignmentId, String caseId, CaseState caseState) {
	}

	/** A review in progress: the review's fields, each optional. */
	record DraftBody(String score, List<String> categories, @Size(max = 2000) String learningPoint, Recommendation recommendation,
			Map<String, List<String>> customFields) {

		/** The fields as the review form sends them, so the form and the API share one draft. */
		Map<String, List<String>> fields() {
			Map<String, List<String>> fields = new LinkedHashMap<>();
			if (score != null) {
				fields.put("score", List.of(score));
			}
			if (categories != null) {
				fields.put("categories", categories);
			}
			if (learningPoint != null) {
				fields.put("learningPoint", List.of(learningPoint));
			}
			if (recommendation != null) {
				fields.put("recommendation", List.of(recommendation.name()));
			}
			if (customFields != null) {
				customFields.forEach((code, values) -> fields.put(CustomFieldAnswers.PARAMETER_PREFIX + code, values));
			}
			return fields;
		}
	}

	record DraftJson(String score, List<String> categories, String learningPoint, String recommendation,
			Map<String, List<String>> customFields, Instant savedAt) {

		static DraftJson of(Map<String, List<String>> fields, Instant savedAt) {
			return new DraftJson(first(fields, "score"), fields.getOrDefault("categories", List.of()), first(fields, "learningPoint"),
					first(fields, "recommendation"), CustomFieldAnswers.fromParameters(fields), savedAt);
		}

		private static String first(Map<String, List<String>> fields, String name) {
			List<String> values = fields.get(name);
			return values == null || values.isEmpty() ? null : values.get(0);
		}
	}

	@GetMapping("/api/v1/reviews/assigned")
	List<AssignedJson> assigned() {
		Viewer viewer = currentViewer.get();
		viewer.requireOrganization();
		return assignments.openFor(viewer.organizationId(), viewer.personId()).stream().map(a -> {
			BlindedExam exam = cases.blindedExam(viewer.organizationId(), a.caseId());
			CaseState state = cases.get(viewer.organizationId(), a.caseId()).state();
			cases.viewed(viewer.organizationId(), a.caseId(), viewer.personId(), "api");
			return AssignedJson.of(a, exam, state);
		}).toList();
	}

	record AssignedJson(String caseId, String assignmentId, LocalDate due, String modality, String bodyPart, Instant examDate,
			String procedure, String maskedReport, CaseState state, Map<String, String> links) {

		static AssignedJson of(Assignment assignment, BlindedExam exam, CaseState state) {
			Map<String, String> links = new LinkedHashMap<>();
			links.put("review", "/reviews/" + assignment.id());
			if (exam.viewerUrl() != null) {
				links.put("images", exam.viewerUrl());
			}
			return new AssignedJson(assignment.caseId().toString(), assignment.id().toString(), assignment.due(), exam.modality(),
					exam.bodyPart(), exam.examAt(), exam.procedure(), exam.maskedReport(), state, links);
		}
	}
}
