package org.peerlearning.review.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.Valid;
import org.peerlearning.cases.BlindedExam;
import org.peerlearning.cases.CaseAttachment;
import org.peerlearning.cases.CaseAttachments;
import org.peerlearning.cases.CaseCategories;
import org.peerlearning.cases.CaseId;
import org.peerlearning.cases.Cases;
import org.peerlearning.cases.IllegalTransitionException;
import org.peerlearning.cases.LearningCase;
import org.peerlearning.identity.CurrentViewer;
import org.peerlearning.identity.Viewer;
import org.peerlearning.organization.CustomFieldAnswers;
import org.peerlearning.organization.CustomFieldTarget;
import org.peerlearning.organization.ReviewProgram;
import org.peerlearning.review.Assignment;
import org.peerlearning.review.AssignmentId;
import org.peerlearning.review.Recommendation;
import org.peerlearning.review.ReviewAssignments;
import org.peerlearning.review.ReviewDrafts;
import org.peerlearning.review.Reviews;
import org.peerlearning.review.Score;
import org.peerlearning.review.sampling.SamplingQuotas;
import org.peerlearning.review.web.ReviewForms.ReviewForm;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The reviewer's worklist and the blinded review form. The reviewer sees the exam, the masked
 * report, the masked priors and a link to the images, never who read or who submitted the case.
 * An assignment is found only by its own reviewer: anyone else gets a 404.
 */
@Controller
class ReviewController {

	private final CurrentViewer currentViewer;

	private final ReviewAssignments assignments;

	private final Reviews reviews;

	private final Cases cases;

	private final CaseCategories categories;

	private final SamplingQuotas quotas;

	private final CustomFieldAnswers answers;

	private final CaseAttachments attachments;

	private final ReviewProgram program;

	private final Clock clock;

	private final ReviewDrafts drafts;

	private final ZoneId zone;

	ReviewController(CurrentViewer currentViewer, ReviewAssignments assignments, Reviews reviews, Cases cases,
			CaseCategories categories, SamplingQuotas quotas, CustomFieldAnswers answers, CaseAttachments attachments,
			ReviewProgram program, Clock clock, ReviewDrafts drafts,
			@Value("${peerlearning.time-zone:America/Toronto}") ZoneId zone) {
		this.currentViewer = currentViewer;
		this.drafts = drafts;
		this.zone = zone;
		this.program = program;
		this.attachments = attachments;
		this.answers = answers;
		this.quotas = quotas;
		this.assignments = assignments;
		this.reviews = reviews;
		this.cases = cases;
		this.categories = categories;
		this.clock = clock;
	}

	/** Times on these pages are shown in the organization's zone. */
	@ModelAttribute("zone")
	ZoneId zone() {
		return zone;
	}

	@GetMapping("/reviews")
	String worklist(@RequestParam(required = false) String modality, Model model) {
		Viewer viewer = member();
		String wanted = modality == null || modality.isBlank() ? null : modality.strip().toUpperCase(Locale.ROOT);
		List<Assignment> open = assignments.openFor(viewer.organizationId(), viewer.personId());
		// three queries for the whole list: the assignments, their cases, and the cases' exams
		Map<CaseId, LearningCase> found = cases.findAll(viewer.organizationId(), open.stream().map(Assignment::caseId).toList());
		Map<CaseId, BlindedExam> summaries = cases.blindedSummaries(viewer.organizationId(), found.values());
		List<WorkRow> rows = open.stream()
			.filter(a -> found.containsKey(a.caseId()) && summaries.containsKey(a.caseId()))
			.map(a -> new WorkRow(a, found.get(a.caseId()), summaries.get(a.caseId())))
			.filter(r -> wanted == null || wanted.equalsIgnoreCase(r.exam().modality()))
			.toList();
		model.addAttribute("rows", rows);
		model.addAttribute("modality", wanted == null ? "" : wanted);
		model.addAttribute("today", LocalDate.now(clock));
		model.addAttribute("quota", quotas.progress(viewer.organizationId(), viewer.personId(), quotas.thisMonth(clock)));
		return "review/worklist";
	}

	@GetMapping("/reviews/{id}")
	String form(@PathVariable UUID id, Model model) {
		Viewer viewer = member();
		Assignment assignment = own(viewer, id);
		Map<String, List<String>> custom = Map.of();
		if (!model.containsAttribute("reviewForm")) {
			// what the reviewer typed before, if they left without submitting
			Optional<ReviewDrafts.Draft> draft = assignment.open()
					? drafts.find(viewer.organizationId(), assignment.id(), viewer.personId()) : Optional.empty();
			model.addAttribute("reviewForm", draft.map(d -> formOf(d.fields())).orElse(ReviewForm.empty()));
			custom = draft.map(d -> CustomFieldAnswers.fromParameters(d.fields())).orElse(Map.of());
			draft.ifPresent(d -> model.addAttribute("draftRestored", d.savedAt()));
		}
		return page(viewer, assignment, custom, Map.of(), model);
	}

	/**
	 * Keeps what the reviewer has typed so far. The form saves itself a few seconds after each
	 * change (htmx answers a status line) and has a button for it that works without script.
	 */
	@PostMapping("/reviews/{id}/draft")
	String saveDraft(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> parameters,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model, RedirectAttributes redirect) {
		Viewer viewer = member();
		Assignment assignment = own(viewer, id);
		Optional<Instant> saved = assignment.open()
				? drafts.save(viewer.organizationId(), assignment.id(), viewer.personId(), parameters) : Optional.empty();
		String problem = !assignment.open() ? "review.form.closed" : saved.isEmpty() ? "review.draft.tooLong" : null;
		if (htmx != null) {
			model.addAttribute("draftSaved", saved.orElse(null));
			model.addAttribute("draftProblem", problem);
			return "review/review :: draftStatus";
		}
		if (problem != null) {
			redirect.addFlashAttribute("problem", problem);
		}
		else {
			redirect.addFlashAttribute("flash", "review.draft.saved");
		}
		return "redirect:/reviews/" + id;
	}

	private static ReviewForm formOf(MultiValueMap<String, String> fields) {
		Recommendation recommendation = null;
		try {
			String value = fields.getFirst("recommendation");
			recommendation = value == null || value.isBlank() ? null : Recommendation.valueOf(value);
		}
		catch (IllegalArgumentException ignored) {
			// a value of an older form: the reviewer picks again
		}
		List<String> categories = fields.getOrDefault("categories", List.of());
		String learningPoint = fields.getFirst("learningPoint");
		return new ReviewForm(fields.getFirst("score"), categories, learningPoint == null ? "" : learningPoint, recommendation);
	}

	@PostMapping("/reviews/{id}")
	String submit(@PathVariable UUID id, @Valid @ModelAttribute("reviewForm") ReviewForm form, BindingResult result,
			@RequestParam MultiValueMap<String, String> parameters, Model model, RedirectAttributes redirect) {
		Viewer viewer = member();
		Assignment assignment = own(viewer, id);
		Map<String, List<String>> custom = CustomFieldAnswers.fromParameters(parameters);
		Map<String, String> customErrors = answers.problems(viewer.organizationId(), CustomFieldTarget.REVIEW, custom);
		if (!result.hasFieldErrors("score") && Reviews.scored(program.of(viewer.organizationId()).activeScale(), form.score()).isEmpty()) {
			result.rejectValue("score", "review.form.error.score");
		}
		if (result.hasErrors() || !customErrors.isEmpty()) {
			return page(viewer, assignment, custom, customErrors, model);
		}
		try {
			reviews.submit(viewer.organizationId(), assignment.id(), viewer.personId(), form.score(), form.categories(),
					form.learningPoint(), form.recommendation(), custom);
			drafts.discard(viewer.organizationId(), assignment.id());
			redirect.addFlashAttribute("flash", "review.form.submitted");
			return "redirect:/reviews";
		}
		catch (IllegalTransitionException refused) {
			redirect.addFlashAttribute("problem", "review.form.closed");
			return "redirect:/reviews/" + id;
		}
	}

	private String page(Viewer viewer, Assignment assignment, Map<String, List<String>> custom, Map<String, String> customErrors,
			Model model) {
		// flagged images reach the reviewer only once the lead has looked for burned-in names
		model.addAttribute("attachments", attachments.clearedForReview(viewer.organizationId(), assignment.caseId()));
		model.addAttribute("customFields", answers.fields(viewer.organizationId(), CustomFieldTarget.REVIEW));
		model.addAttribute("customValues", custom);
		model.addAttribute("customErrors", customErrors);
		LearningCase learningCase = cases.get(viewer.organizationId(), assignment.caseId());
		BlindedExam exam = cases.blindedExam(viewer.organizationId(), assignment.caseId());
		cases.viewed(viewer.organizationId(), learningCase.id(), viewer.personId(), "review");
		model.addAttribute("assignment", assignment);
		model.addAttribute("case", learningCase);
		model.addAttribute("exam", exam);
		model.addAttribute("scores", Score.values());
		model.addAttribute("scale", program.of(viewer.organizationId()).activeScale());
		model.addAttribute("recommendations", Recommendation.values());
		model.addAttribute("categories", categories.codes(viewer.organizationId()));
		model.addAttribute("today", LocalDate.now(clock));
		return "review/review";
	}

	/** A key image of the case under review: de-identified, so the reviewer may download it; recorded as access. */
	@GetMapping("/reviews/{id}/attachments/{attachment}")
	ResponseEntity<byte[]> attachment(@PathVariable UUID id, @PathVariable UUID attachment) {
		Viewer viewer = member();
		Assignment assignment = own(viewer, id);
		CaseAttachment found = attachments.find(viewer.organizationId(), assignment.caseId(), attachment)
			.filter(CaseAttachment::clearedForReview)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		byte[] content = attachments.content(viewer.organizationId(), assignment.caseId(), attachment)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		cases.viewed(viewer.organizationId(), assignment.caseId(), viewer.personId(), "review-attachment");
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(found.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(found.fileName()).build().toString())
			.cacheControl(CacheControl.noStore())
			.body(content);
	}

	@GetMapping("/reviews/{id}/attachments/{attachment}/preview")
	ResponseEntity<byte[]> attachmentPreview(@PathVariable UUID id, @PathVariable UUID attachment) {
		Viewer viewer = member();
		Assignment assignment = own(viewer, id);
		attachments.find(viewer.organizationId(), assignment.caseId(), attachment)
			.filter(CaseAttachment::clearedForReview)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		byte[] png = attachments.preview(viewer.organizationId(), assignment.caseId(), attachment)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).cacheControl(CacheControl.noStore()).body(png);
	}

	private Assignment own(Viewer viewer, UUID id) {
		return assignments.find(viewer.organizationId(), new AssignmentId(id))
			.filter(a -> a.reviewerId().equals(viewer.personId()))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private Viewer member() {
		Viewer viewer = currentViewer.get();
		viewer.requireOrganization();
		return viewer;
	}

	/** A row of the reviewer's worklist: blinded by construction. */
	record WorkRow(Assignment assignment, LearningCase learningCase, BlindedExam exam) {
	}
}
