package org.peerlearning.identity.admin.program;

import java.util.Arrays;
import java.util.UUID;

import jakarta.validation.Valid;
import org.peerlearning.identity.Viewer;
import org.peerlearning.identity.admin.program.ProgramForms.TargetsForm;
import org.peerlearning.organization.InvalidProgramSettingException;
import org.peerlearning.organization.ProgramItem;
import org.peerlearning.organization.ReviewProgramAdministration;
import org.peerlearning.organization.ReviewProgramSettings;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.server.ResponseStatusException;

/** The review program's start page: targets, viewer, de-identification, and the way to each section. */
@Controller
class ProgramController {

	private final ProgramAccess access;

	private final ReviewProgramAdministration program;

	ProgramController(ProgramAccess access, ReviewProgramAdministration program) {
		this.access = access;
		this.program = program;
	}

	@GetMapping("/admin/program")
	String show(Model model) {
		ReviewProgramSettings settings = program.settings(access.require().organizationId());
		model.addAttribute("targetsForm", TargetsForm.of(settings));
		return page(settings, model);
	}

	@PostMapping("/admin/program/targets")
	String updateTargets(@Valid @ModelAttribute("targetsForm") TargetsForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Viewer viewer = access.require();
		ReviewProgramSettings settings = program.settings(viewer.organizationId());
		if (result.hasErrors()) {
			return page(settings, model);
		}
		try {
			program.updateTargets(viewer.organizationId(), form.activeScale(), Integer.parseInt(form.turnaroundDays().strip()),
					Integer.parseInt(form.reminderDays().strip()), form.viewerUrlTemplate(), form.dicomOptions(),
					viewer.personId().value());
		}
		catch (InvalidProgramSettingException e) {
			result.rejectValue(e.field().equals("activeScale") ? "activeScale" : e.field(), e.messageKey());
			return page(settings, model);
		}
		redirect.addFlashAttribute("flash", "org.program.saved");
		return "redirect:/admin/program";
	}

	/** Retires one item of any section; the reason is required and kept. */
	@PostMapping("/admin/program/{section}/{id}/retire")
	String retire(@PathVariable String section, @PathVariable UUID id, @RequestParam(defaultValue = "") String reason,
			RedirectAttributes redirect) {
		Viewer viewer = access.require();
		ProgramItem item = Arrays.stream(ProgramItem.values())
			.filter(i -> ProgramPages.section(i).equals(section))
			.findFirst()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (reason.isBlank() || reason.length() > 500) {
			redirect.addFlashAttribute("flash", "org.program.error.reason");
			return "redirect:/admin/program/" + section;
		}
		program.retire(viewer.organizationId(), item, id, reason, viewer.personId().value());
		redirect.addFlashAttribute("flash", "org.program.retired");
		return "redirect:/admin/program/" + section;
	}

	private static String page(ReviewProgramSettings settings, Model model) {
		model.addAttribute("settings", settings);
		return "organization/program/overview";
	}
}
