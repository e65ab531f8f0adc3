package org.peerlearning.review.web;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import org.peerlearning.cases.BlindedExam;
import org.peerlearning.cases.CaseAttachments;
import org.peerlearning.cases.CaseId;
import org.peerlearning.cases.CaseQuery;
import org.peerlearning.cases.CaseState;
import org.peerlearning.cases.Cases;
import org.peerlearning.cases.IllegalTransitionException;
import org.peerlearning.cases.LearningCase;
import org.peerlearning.identity.CurrentViewer;
import org.peerlearning.identity.Role;
import org.peerlearning.identity.Viewer;
import org.peerlearning.organization.CustomFieldAnswers;
import org.peerlearning.organization.CustomFieldTarget;
import org.peerlearning.organization.ReviewProgram;
import org.peerlearning.review.AssignmentId;
import org.peerlearning.review.Review;
import org.peerlearning.review.Reviews;
import org.peerlearning.review.SafetyAction;
import org.peerlearning.review.Score;
import org.peerlearning.review.web.ReviewForms.CommitteeForm;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The committee's worklist: significant, disputed and referred cases, and safety escalations.
 * The committee sees cases blinded (reviews without reviewers' names) and records a consensus.
 */
@Controller
class CommitteeController {

	private final CurrentViewer currentViewer;

	private final Cases cases;

	private final Reviews reviews;

	private final CustomFieldAnswers answers;

	private final CaseAttachments attachments;

	private final ReviewProgram program;

	CommitteeController(CurrentViewer currentViewer, Cases cases, Reviews reviews, CustomFieldAnswers answers,
			CaseAttachments attachments, ReviewProgram program) {
		this.currentViewer = currentViewer;
		this.program = program;
		this.attachments = attachments;
		this.answers = answers;
		this.cases = cases;
		this.reviews = reviews;
	}

	@GetMapping("/committee")
	String worklist(@RequestParam(required = false) CaseState state, Model model) {
		Viewer viewer = committee();
		EnumSet<CaseState> states = state == CaseState.ADJUDICATION || state == CaseState.SAFETY_ESCALATION ? EnumSet.of(state)
				: EnumSet.of(CaseState.ADJUDICATION, CaseState.SAFETY_ESCALATION);
		List<LearningCase> found = cases.search(viewer.organizationId(), new CaseQuery(states, null, null, null, null, false, 100));
		Map<CaseId, BlindedExam> summaries = cases.blindedSummaries(viewer.organizationId(), found);
		Map<CaseId, List<Review>> reviewed = reviews.ofCases(viewer.organizationId(), found.stream().map(LearningCase::id).toList());
		model.addAttribute("rows", found.stream()
			.filter(c -> summaries.containsKey(c.id()))
			.map(c -> new Row(c, summaries.get(c.id()), reviewed.getOrDefault(c.id(), List.of())))
			.toList());
		model.addAttribute("state", state);
		return "review/committee";
	}

	@GetMapping("/committee/{id}")
	String one(@PathVariable UUID id, Model model) {
		Viewer viewer = committee();
		LearningCase learningCase = visible(viewer, id);
		if (!model.containsAttribute("committeeForm")) {
			model.addAttribute("committeeForm", CommitteeForm.empty());
		}
		return page(viewer, learningCase, model);
	}

	@PostMapping("/committee/{id}")
	String decide(@PathVariable UUID id, @Valid @ModelAttribute("committeeForm") CommitteeForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Viewer viewer = committee();
		LearningCase learningCase = visible(viewer, id);
		if (!result.hasFieldErrors("score") && Reviews.scored(program.of(viewer.organizationId()).activeScale(), form.score()).isEmpty()) {
			result.rejectValue("score", "review.form.error.score");
		}
		if (result.hasErrors()) {
			return page(viewer, learningCase, model);
		}
		try {
			reviews.decide(viewer.organizationId(), learningCase.id(), form.score(), form.outcome(), form.learningPoint(),
					form.safetyActions().isEmpty() ? EnumSet.noneOf(SafetyAction.class) : EnumSet.copyOf(form.safetyActions()),
					viewer.personId());
			redirect.addFlashAttribute("flash", "review.committee.decided");
			return "redirect:/committee";
		}
		catch (IllegalTransitionException refused) {
			redirect.addFlashAttribute("problem", "cases.step.refused");
			redirect.addFlashAttribute("problemArgs", List.of(refused.state().name(), refused.action().name()));
			return "redirect:/committee/" + id;
		}
	}

	private String page(Viewer viewer, LearningCase learningCase, Model model) {
		cases.viewed(viewer.organizationId(), learningCase.id(), viewer.personId(), "committee");
		model.addAttribute("case", learningCase);
		model.addAttribute("exam", cases.blindedExam(viewer.organizationId(), learningCase.id()));
		List<Review> written = reviews.ofCase(viewer.organizationId(), learningCase.id());
		Map<AssignmentId, List<CustomFieldAnswers.Answer>> answered = new HashMap<>();
		written.forEach(r -> answered.put(r.assignmentId(), answers.of(viewer.organizationId(), CustomFieldTarget.REVIEW,
				r.assignmentId().value(), LocaleContextHolder.getLocale())));
		model.addAttribute("reviews", written);
		model.addAttribute("scoreLabels", reviews.scoreLabels(viewer.organizationId(), written, LocaleContextHolder.getLocale()));
		model.addAttribute("attachments", attachments.clearedForReview(viewer.organizationId(), learningCase.id()));
		model.addAttribute("reviewAnswers", answered);
		model.addAttribute("decisions", reviews.decisions(viewer.organizationId(), learningCase.id()));
		model.addAttribute("scores", Score.values());
		model.addAttribute("scale", program.of(viewer.organizationId()).activeScale());
		model.addAttribute("outcomes", Reviews.COMMITTEE_OUTCOMES.stream().filter(learningCase.state()::allows).toList());
		model.addAttribute("safetyActions", SafetyAction.values());
		return "review/committee-case";
	}

	/** Cases out of the program are the lead's alone; anything not before the committee is a 404. */
	private LearningCase visible(Viewer viewer, UUID id) {
		LearningCase learningCase = cases.get(viewer.organizationId(), new CaseId(id));
		boolean before = learningCase.state() == CaseState.ADJUDICATION || learningCase.state() == CaseState.SAFETY_ESCALATION;
		if (!before || (learningCase.outOfProgram() && !viewer.has(Role.PROGRAM_LEAD))) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return learningCase;
	}

	private Viewer committee() {
		Viewer viewer = currentViewer.get();
		viewer.requireOrganization();
		viewer.require(Role.PROGRAM_LEAD, Role.QUALITY_COMMITTEE);
		return viewer;
	}

	record Row(LearningCase learningCase, BlindedExam exam, List<Review> reviews) {
	}
}
