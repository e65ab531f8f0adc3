package org.peerlearning.cases.web;

import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.validation.Valid;
import org.peerlearning.cases.CaseCategories;
import org.peerlearning.cases.CaseId;
import org.peerlearning.cases.CaseQuery;
import org.peerlearning.cases.CaseSource;
import org.peerlearning.cases.CaseState;
import org.peerlearning.cases.Cases;
import org.peerlearning.cases.IllegalTransitionException;
import org.peerlearning.cases.LearningCase;
import org.peerlearning.cases.OpenCase;
import org.peerlearning.cases.web.CaseForms.SubmissionBody;
import org.peerlearning.identity.CurrentViewer;
import org.peerlearning.identity.Viewer;
import org.peerlearning.intake.ExamDetails;
import org.peerlearning.intake.ExamId;
import org.peerlearning.intake.Exams;
import org.peerlearning.organization.CustomFieldAnswers;
import org.peerlearning.organization.CustomFieldTarget;
import org.peerlearning.organization.InvalidCustomFieldAnswersException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Case submission for integrations (a PACS button, a RIS, a pathology system): the exam by accession
 * or id, as the caller's person. Answers never name the author or anyone else.
 */
@RestController
@RequestMapping("/api/v1/cases")
class CaseApiController {

	private final CurrentViewer currentViewer;

	private final Cases cases;

	private final Exams exams;

	private final CaseCategories categories;

	private final CustomFieldAnswers answers;

	private final MessageSource messages;

	CaseApiController(CurrentViewer currentViewer, Cases cases, Exams exams, CaseCategories categories,
			CustomFieldAnswers answers, MessageSource messages) {
		this.currentViewer = currentViewer;
		this.answers = answers;
		this.messages = messages;
		this.cases = cases;
		this.exams = exams;
		this.categories = categories;
	}

	@PostMapping
	ResponseEntity<CaseJson> submit(@Valid @RequestBody SubmissionBody body) {
		Viewer viewer = member();
		if (!body.source().submittable()) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "samples are drawn by the program");
		}
		Optional<ExamDetails> exam = body.examId() != null
				? exams.find(viewer.organizationId(), new ExamId(body.examId()))
				: exams.findByAccession(viewer.organizationId(), body.accession());
		ExamDetails found = exam.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no such exam"));
		Map<String, String> problems = answers.problems(viewer.organizationId(), CustomFieldTarget.CASE,
				body.customFields() == null ? Map.of() : body.customFields());
		if (!problems.isEmpty()) {
			throw new InvalidCustomFieldAnswersException(problems);
		}
		CaseId id = cases.open(new OpenCase(viewer.organizationId(), found.id(), body.source(), viewer.personId(), body.namedToAuthor(),
				body.note(), new LinkedHashSet<>(categories.known(viewer.organizationId(),
						body.categories() == null ? List.of() : body.categories())),
				null, body.customFields()));
		LearningCase opened = cases.get(viewer.organizationId(), id);
		return ResponseEntity.created(URI.create("/api/v1/cases/" + id)).body(json(viewer, opened));
	}

	/** The caller's own submissions, newest first. */
	@GetMapping
	List<CaseJson> mine() {
		Viewer viewer = member();
		return cases.search(viewer.organizationId(), CaseQuery.submittedBy(viewer.personId()))
			.stream()
			.map(c -> json(viewer, c))
			.toList();
	}

	/** One of the caller's own submissions (the program lead may read any); anything else is a 404. */
	@GetMapping("/{id}")
	CaseJson one(@org.springframework.web.bind.annotation.PathVariable java.util.UUID id) {
		Viewer viewer = member();
		LearningCase found = cases.get(viewer.organizationId(), new CaseId(id));
		if (!found.submittedBy(viewer.personId()) && !viewer.has(org.peerlearning.identity.Role.PROGRAM_LEAD)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		cases.viewed(viewer.organizationId(), found.id(), viewer.personId(), "api");
		return json(viewer, found);
	}

	/** Answers that break a custom field's rules: 400, with each field's problem in words. */
	@ExceptionHandler(InvalidCustomFieldAnswersException.class)
	ResponseEntity<ProblemDetail> refused(InvalidCustomFieldAnswersException refused, Locale locale) {
		return ResponseEntity.badRequest().body(refused.problem(messages, "cases.api.customFields.refused", locale));
	}

	private CaseJson json(Viewer viewer, LearningCase c) {
		return CaseJson.of(c, CustomFieldAnswers.Answer.byCode(
				answers.of(viewer.organizationId(), CustomFieldTarget.CASE, c.id().value(), Locale.ENGLISH)));
	}

	@ExceptionHandler(IllegalTransitionException.class)
	ResponseEntity<ProblemDetail> refused(IllegalTransitionException refused) {
		return ResponseEntity.status(HttpStatus.CONFLICT)
			.body(ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, refused.getMessage()));
	}

	private Viewer member() {
		Viewer viewer = currentViewer.get();
		viewer.requireOrganization();
		if (viewer.roles().isEmpty()) {
			throw new AccessDeniedException("not a member");
		}
		return viewer;
	}

	/** A case as its submitter may see it: no author, no reviewer. */
	record CaseJson(String id, CaseState state, CaseSource source, boolean named, String note, List<String> categories,
			Map<String, List<String>> customFields, Instant createdAt, Map<String, String> links) {

		static CaseJson of(LearningCase c, Map<String, List<String>> customFields) {
			return new CaseJson(c.id().toString(), c.state(), c.source(), c.submitterNamed(), c.note(), List.copyOf(c.categories()),
					customFields, c.createdAt(), Map.of("self", "/api/v1/cases/" + c.id(), "page", "/cases/" + c.id()));
		}
	}
}
