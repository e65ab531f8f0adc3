package org.peerlearning.cases.web;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import org.peerlearning.cases.CaseAction;
import org.peerlearning.cases.CaseAttachments;
import org.peerlearning.cases.CaseId;
import org.peerlearning.cases.CaseQuery;
import org.peerlearning.cases.CaseSource;
import org.peerlearning.cases.CaseState;
import org.peerlearning.cases.Cases;
import org.peerlearning.cases.IllegalTransitionException;
import org.peerlearning.cases.LearningCase;
import org.peerlearning.cases.web.CaseForms.CommentForm;
import org.peerlearning.cases.web.CaseForms.StepForm;
import org.peerlearning.identity.CurrentViewer;
import org.peerlearning.identity.People;
import org.peerlearning.identity.Person;
import org.peerlearning.identity.PersonId;
import org.peerlearning.identity.Role;
import org.peerlearning.identity.Viewer;
import org.peerlearning.intake.Exams;
import org.peerlearning.organization.CustomFieldAnswers;
import org.peerlearning.organization.CustomFieldTarget;
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
 * "My submissions" and one case: its state, exam, timeline and comments, shown according to
 * {@link CaseAccess}. Every view of a case is audited. The program lead takes the workflow's steps
 * from here; a refused step says why.
 */
@Controller
class CaseController {

	/** Steps taken elsewhere: assignment and review outcomes belong to the triage and review pages. */
	private static final Set<CaseAction> NOT_HERE = EnumSet.of(CaseAction.ASSIGN, CaseAction.CONCUR, CaseAction.MERGE,
			CaseAction.SUBMIT);

	private final CurrentViewer currentViewer;

	private final Cases cases;

	private final Exams exams;

	private final People people;

	private final CustomFieldAnswers answers;

	private final CaseAttachments attachments;

	CaseController(CurrentViewer currentViewer, Cases cases, Exams exams, People people,
			CustomFieldAnswers answers, CaseAttachments attachments) {
		this.answers = answers;
		this.attachments = attachments;
		this.currentViewer = currentViewer;
		this.cases = cases;
		this.exams = exams;
		this.people = people;
	}

	@GetMapping("/cases")
	String mine(@RequestParam(required = false) CaseState state, @RequestParam(required = false) CaseSource source,
			@RequestParam(required = false) String q, Model model) {
		Viewer viewer = currentViewer.get();
		viewer.requireOrganization();
		List<LearningCase> found = cases.search(viewer.organizationId(),
				new CaseQuery(state == null ? Set.of() : Set.of(state), viewer.personId(), source, null, q, false, 100));
		model.addAttribute("rows", found.stream()
			.map(c -> new CaseRow(c, exams.find(viewer.organizationId(), c.examId()).map(ExamSummary::of).orElse(null)))
			.toList());
		model.addAttribute("states", CaseState.values());
		model.addAttribute("sources", CaseSource.values());
		model.addAttribute("state", state);
		model.addAttribute("source", source);
		model.addAttribute("q", q == null ? "" : q);
		return "cases/mine";
	}

	@GetMapping("/cases/{id}")
	String show(@PathVariable UUID id, Model model) {
		Viewer viewer = currentViewer.get();
		LearningCase learningCase = visible(viewer, id);
		CaseAccess access = CaseAccess.of(viewer, learningCase);
		cases.viewed(viewer.organizationId(), learningCase.id(), viewer.personId(), "page");
		model.addAttribute("case", learningCase);
		model.addAttribute("access", access);
		model.addAttribute("caseAnswers", answers.of(viewer.organizationId(), CustomFieldTarget.CASE, learningCase.id().value(),
				LocaleContextHolder.getLocale()));
		model.addAttribute("attachments", CaseAttachmentController.forViewer(attachments, viewer, learningCase));
		model.addAttribute("attachmentMaxMb", attachments.maxBytes() / (1024 * 1024));
		if (access == CaseAccess.LEAD) {
			model.addAttribute("fullExam", exams.find(viewer.organizationId(), learningCase.examId()).orElse(null));
			model.addAttribute("steps", learningCase.state().allowedActions().stream().filter(a -> !NOT_HERE.contains(a)).toList());
			model.addAttribute("author", name(learningCase.authorId()));
			model.addAttribute("submitter", name(learningCase.submitterId()));
		}
		else if (access == CaseAccess.COMMITTEE) {
			model.addAttribute("blinded", cases.blindedExam(viewer.organizationId(), learningCase.id()));
		}
		else {
			model.addAttribute("exam", exams.find(viewer.organizationId(), learningCase.examId()).map(ExamSummary::of).orElse(null));
		}
		Map<PersonId, String> names = new HashMap<>();
		model.addAttribute("timeline", cases.timeline(viewer.organizationId(), learningCase.id())
			.stream()
			.map(e -> new TimelineRow(e, actor(access, viewer, e.actorId(), names)))
			.toList());
		model.addAttribute("comments", cases.comments(viewer.organizationId(), learningCase.id())
			.stream()
			.map(c -> new CommentRow(c, actor(access, viewer, c.authorId(), names)))
			.toList());
		if (!model.containsAttribute("commentForm")) {
			model.addAttribute("commentForm", CommentForm.empty());
		}
		return "cases/case";
	}

	@PostMapping("/cases/{id}/steps")
	String step(@PathVariable UUID id, @Valid @ModelAttribute StepForm form, BindingResult result, RedirectAttributes redirect) {
		Viewer viewer = currentViewer.get();
		LearningCase learningCase = visible(viewer, id);
		viewer.require(Role.PROGRAM_LEAD);
		if (result.hasErrors() || NOT_HERE.contains(form.action())) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		try {
			cases.transition(viewer.organizationId(), learningCase.id(), form.action(), viewer.personId(), form.note());
			redirect.addFlashAttribute("flash", "cases.step.done");
		}
		catch (IllegalTransitionException refused) {
			redirect.addFlashAttribute("problem", "cases.step.refused");
			redirect.addFlashAttribute("problemArgs", List.of(refused.state().name(), refused.action().name()));
		}
		return "redirect:/cases/" + id;
	}

	@PostMapping("/cases/{id}/comments")
	String comment(@PathVariable UUID id, @Valid @ModelAttribute CommentForm commentForm, BindingResult result,
			RedirectAttributes redirect) {
		Viewer viewer = currentViewer.get();
		LearningCase learningCase = visible(viewer, id);
		if (result.hasErrors()) {
			redirect.addFlashAttribute("org.springframework.validation.BindingResult.commentForm", result);
			redirect.addFlashAttribute("commentForm", commentForm);
			return "redirect:/cases/" + id + "#comments";
		}
		cases.comment(viewer.organizationId(), learningCase.id(), viewer.personId(), commentForm.body());
		redirect.addFlashAttribute("flash", "cases.comment.added");
		return "redirect:/cases/" + id + "#comments";
	}

	/** The case if this viewer may see it at all; a 404 otherwise, as for an id that does not exist. */
	private LearningCase visible(Viewer viewer, UUID id) {
		viewer.requireOrganization();
		LearningCase learningCase = cases.get(viewer.organizationId(), new CaseId(id));
		if (CaseAccess.of(viewer, learningCase) == CaseAccess.NONE) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return learningCase;
	}

	/** The lead sees who acted; others see only their own steps as theirs. */
	private String actor(CaseAccess access, Viewer viewer, PersonId actor, Map<PersonId, String> names) {
		if (actor == null) {
			return null;
		}
		if (actor.equals(viewer.personId())) {
			return viewer.displayName();
		}
		if (!access.seesIdentities()) {
			return "";
		}
		return names.computeIfAbsent(actor, this::name);
	}

	private String name(PersonId person) {
		return person == null ? null : people.find(person).map(Person::displayName).orElse(null);
	}

	record CaseRow(LearningCase learningCase, ExamSummary exam) {
	}

	/** {@code actor}: a name, {@code ""} for someone the viewer may not know, {@code null} for the system. */
	record TimelineRow(org.peerlearning.cases.TimelineEntry entry, String actor) {
	}

	record CommentRow(org.peerlearning.cases.CaseComment comment, String author) {
	}
}
