package org.peerlearning.review.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import org.peerlearning.cases.CaseAction;
import org.peerlearning.cases.CaseId;
import org.peerlearning.cases.CaseQuery;
import org.peerlearning.cases.CaseSource;
import org.peerlearning.cases.CaseState;
import org.peerlearning.cases.Cases;
import org.peerlearning.cases.IllegalTransitionException;
import org.peerlearning.cases.LearningCase;
import org.peerlearning.identity.CurrentViewer;
import org.peerlearning.identity.People;
import org.peerlearning.identity.Person;
import org.peerlearning.identity.PersonId;
import org.peerlearning.identity.Role;
import org.peerlearning.identity.Viewer;
import org.peerlearning.intake.Exams;
import org.peerlearning.organization.CustomFieldAnswers;
import org.peerlearning.organization.CustomFieldTarget;
import org.peerlearning.review.ReviewAssignments;
import org.peerlearning.review.ReviewerNotAllowedException;
import org.peerlearning.review.web.ReviewForms.AssignForm;
import org.peerlearning.review.web.ReviewForms.DecisionForm;
import org.peerlearning.review.web.ReviewForms.MergeForm;
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
 * The program lead's triage: the queue of submitted and accepted cases (with the patient, whom the
 * lead needs to judge a case), and one case to accept, cancel, reject, merge or assign to reviewers
 * suggested by the assignment policies.
 */
@Controller
class TriageController {

	private static final Set<CaseAction> DECISIONS = EnumSet.of(CaseAction.ACCEPT, CaseAction.CANCEL, CaseAction.REJECT,
			CaseAction.REFER_OUT_OF_PROGRAM);

	private final CurrentViewer currentViewer;

	private final Cases cases;

	private final Exams exams;

	private final People people;

	private final CustomFieldAnswers answers;

	private final ReviewAssignments assignments;

	TriageController(CurrentViewer currentViewer, Cases cases, Exams exams, People people, ReviewAssignments assignments,
			CustomFieldAnswers answers) {
		this.answers = answers;
		this.currentViewer = currentViewer;
		this.cases = cases;
		this.exams = exams;
		this.people = people;
		this.assignments = assignments;
	}

	@GetMapping("/triage")
	String queue(@RequestParam(required = false) CaseSource source, @RequestParam(required = false) String q, Model model) {
		Viewer viewer = lead();
		List<LearningCase> found = cases.search(viewer.organizationId(),
				new CaseQuery(EnumSet.of(CaseState.SUBMITTED, CaseState.TRIAGE), null, source, null, q, false, 100));
		model.addAttribute("rows", found.stream().map(c -> {
			cases.viewed(viewer.organizationId(), c.id(), viewer.personId(), "triage-queue");
			return new QueueRow(c, exams.find(viewer.organizationId(), c.examId()).orElse(null));
		}).toList());
		model.addAttribute("sources", CaseSource.values());
		model.addAttribute("source", source);
		model.addAttribute("q", q == null ? "" : q);
		return "review/triage";
	}

	@GetMapping("/triage/{id}")
	String one(@PathVariable UUID id, Model model) {
		Viewer viewer = lead();
		LearningCase learningCase = cases.get(viewer.organizationId(), new CaseId(id));
		cases.viewed(viewer.organizationId(), learningCase.id(), viewer.personId(), "triage");
		model.addAttribute("case", learningCase);
		model.addAttribute("exam", exams.find(viewer.organizationId(), learningCase.examId()).orElse(null));
		model.addAttribute("caseAnswers", answers.of(viewer.organizationId(), CustomFieldTarget.CASE, learningCase.id().value(),
				LocaleContextHolder.getLocale()));
		model.addAttribute("author", name(learningCase.authorId()));
		model.addAttribute("submitter", name(learningCase.submitterId()));
		model.addAttribute("decisions", DECISIONS.stream().filter(learningCase.state()::allows).toList());
		model.addAttribute("canAssign", learningCase.state().allows(CaseAction.ASSIGN));
		model.addAttribute("canMerge", learningCase.state().allows(CaseAction.MERGE));
		model.addAttribute("suggestions", assignments.suggest(viewer.organizationId(), learningCase.id()));
		model.addAttribute("assignments", assignments.ofCase(viewer.organizationId(), learningCase.id())
			.stream()
			.map(a -> new AssignmentRow(a, name(a.reviewerId())))
			.toList());
		model.addAttribute("duplicates", cases
			.search(viewer.organizationId(), new CaseQuery(Set.of(), null, null, learningCase.examId(), null, false, 20))
			.stream()
			.filter(c -> !c.id().equals(learningCase.id()) && !c.state().terminal())
			.toList());
		model.addAttribute("defaultDue", assignments.defaultDue(viewer.organizationId()));
		return "review/triage-case";
	}

	@PostMapping("/triage/{id}/decision")
	String decide(@PathVariable UUID id, @Valid @ModelAttribute DecisionForm form, BindingResult result, RedirectAttributes redirect) {
		Viewer viewer = lead();
		LearningCase learningCase = cases.get(viewer.organizationId(), new CaseId(id));
		if (result.hasErrors() || !DECISIONS.contains(form.action())) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		try {
			cases.transition(viewer.organizationId(), learningCase.id(), form.action(), viewer.personId(), form.note());
			redirect.addFlashAttribute("flash", "review.triage.decided");
			return form.action() == CaseAction.ACCEPT ? "redirect:/triage/" + id : "redirect:/triage";
		}
		catch (IllegalTransitionException refused) {
			return refused(redirect, refused, id);
		}
	}

	@PostMapping("/triage/{id}/merge")
	String merge(@PathVariable UUID id, @Valid @ModelAttribute MergeForm form, BindingResult result, RedirectAttributes redirect) {
		Viewer viewer = lead();
		LearningCase learningCase = cases.get(viewer.organizationId(), new CaseId(id));
		if (result.hasErrors()) {
			redirect.addFlashAttribute("problem", "review.merge.error.into");
			return "redirect:/triage/" + id;
		}
		try {
			cases.merge(viewer.organizationId(), learningCase.id(), new CaseId(form.into()), viewer.personId(), form.note());
			redirect.addFlashAttribute("flash", "review.merge.done");
			return "redirect:/triage";
		}
		catch (IllegalTransitionException refused) {
			return refused(redirect, refused, id);
		}
	}

	@PostMapping("/triage/{id}/assign")
	String assign(@PathVariable UUID id, @Valid @ModelAttribute AssignForm form, BindingResult result, RedirectAttributes redirect) {
		Viewer viewer = lead();
		LearningCase learningCase = cases.get(viewer.organizationId(), new CaseId(id));
		if (result.hasErrors()) {
			redirect.addFlashAttribute("problem", result.hasFieldErrors("reviewer") ? "review.assign.error.reviewer" : "review.assign.error.due");
			return "redirect:/triage/" + id;
		}
		try {
			assignments.assign(viewer.organizationId(), learningCase.id(), new PersonId(form.reviewer()), form.due(), viewer.personId());
			redirect.addFlashAttribute("flash", "review.assign.done");
		}
		catch (ReviewerNotAllowedException notAllowed) {
			redirect.addFlashAttribute("problem", notAllowed.reasonKeys().get(0));
		}
		catch (IllegalTransitionException refused) {
			return refused(redirect, refused, id);
		}
		return "redirect:/triage/" + id;
	}

	private static String refused(RedirectAttributes redirect, IllegalTransitionException refused, UUID id) {
		redirect.addFlashAttribute("problem", "cases.step.refused");
		redirect.addFlashAttribute("problemArgs", List.of(refused.state().name(), refused.action().name()));
		return "redirect:/triage/" + id;
	}

	private String name(PersonId person) {
		return person == null ? null : people.find(person).map(Person::displayName).orElse(null);
	}

	private Viewer lead() {
		Viewer viewer = currentViewer.get();
		viewer.requireOrganization();
		viewer.require(Role.PROGRAM_LEAD);
		return viewer;
	}

	record QueueRow(LearningCase learningCase, org.peerlearning.intake.ExamDetails exam) {
	}

	record AssignmentRow(org.peerlearning.review.Assignment assignment, String reviewer) {
	}
}
