package org.peerlearning.cases.web;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.validation.Valid;
import org.peerlearning.cases.CaseCategories;
import org.peerlearning.cases.CaseId;
import org.peerlearning.cases.CaseSource;
import org.peerlearning.cases.Cases;
import org.peerlearning.cases.OpenCase;
import org.peerlearning.cases.web.CaseForms.SubmissionForm;
import org.peerlearning.identity.CurrentViewer;
import org.peerlearning.identity.Viewer;
import org.peerlearning.intake.ExamDetails;
import org.peerlearning.intake.Exams;
import org.peerlearning.organization.CustomFieldAnswers;
import org.peerlearning.organization.CustomFieldTarget;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Submitting a case in under a minute, from the header button, an exam or a PACS/RIS context launch
 * ({@code /cases/new?accession=...}, which opens the form with the exam filled in): one screen, one
 * click. Any member of the organization may submit.
 */
@Controller
class CaseSubmissionController {

	private final CurrentViewer currentViewer;

	private final Cases cases;

	private final Exams exams;

	/** How many of their latest exams a radiologist is offered to pick from. */
	static final int RECENT = 15;

	private final CaseCategories categories;

	private final CustomFieldAnswers answers;

	CaseSubmissionController(CurrentViewer currentViewer, Cases cases, Exams exams, CaseCategories categories,
			CustomFieldAnswers answers) {
		this.currentViewer = currentViewer;
		this.answers = answers;
		this.cases = cases;
		this.exams = exams;
		this.categories = categories;
	}

	@GetMapping("/cases/new")
	String form(@RequestParam(required = false) String accession, Model model) {
		Viewer viewer = member();
		SubmissionForm form = SubmissionForm.forAccession(accession);
		model.addAttribute("submissionForm", form);
		model.addAttribute("launched", accession != null && !accession.isBlank());
		return page(viewer, form, Map.of(), Map.of(), model);
	}

	@PostMapping("/cases")
	String submit(@Valid @ModelAttribute("submissionForm") SubmissionForm form, BindingResult result,
			@RequestParam MultiValueMap<String, String> parameters, Model model, RedirectAttributes redirect) {
		Viewer viewer = member();
		Map<String, List<String>> custom = CustomFieldAnswers.fromParameters(parameters);
		Map<String, String> customErrors = answers.problems(viewer.organizationId(), CustomFieldTarget.CASE, custom);
		Optional<ExamDetails> exam = result.hasFieldErrors("accession") ? Optional.empty()
				: exams.findByAccession(viewer.organizationId(), form.accession());
		if (!result.hasFieldErrors("accession") && exam.isEmpty()) {
			result.rejectValue("accession", "cases.submit.error.unknownExam");
		}
		if (form.source() != null && !form.source().submittable()) {
			result.rejectValue("source", "cases.submit.error.source");
		}
		if (result.hasErrors() || !customErrors.isEmpty()) {
			return page(viewer, form, custom, customErrors, model);
		}
		CaseId id = cases.open(new OpenCase(viewer.organizationId(), exam.get().id(), form.source(), viewer.personId(), form.named(),
				form.note(), new LinkedHashSet<>(categories.known(viewer.organizationId(), form.categories())), null, custom));
		redirect.addFlashAttribute("flash", "cases.submitted");
		return "redirect:/cases/" + id;
	}

	private String page(Viewer viewer, SubmissionForm form, Map<String, List<String>> custom, Map<String, String> customErrors,
			Model model) {
		model.addAttribute("customFields", answers.fields(viewer.organizationId(), CustomFieldTarget.CASE));
		model.addAttribute("customValues", custom);
		model.addAttribute("customErrors", customErrors);
		model.addAttribute("exam", form.accession() == null || form.accession().isBlank() ? null
				: exams.findByAccession(viewer.organizationId(), form.accession()).map(ExamSummary::of).orElse(null));
		model.addAttribute("sources", Arrays.stream(CaseSource.values()).filter(CaseSource::submittable).toList());
		model.addAttribute("categories", categories.codes(viewer.organizationId()));
		model.addAttribute("recent", exams.readBy(viewer.organizationId(), viewer.personId(), RECENT)
			.stream()
			.map(ExamSummary::of)
			.toList());
		return "cases/new";
	}

	/** Every member (any role) of the current organization may submit. */
	private Viewer member() {
		Viewer viewer = currentViewer.get();
		viewer.requireOrganization();
		if (viewer.roles().isEmpty()) {
			throw new AccessDeniedException("not a member");
		}
		return viewer;
	}
}
