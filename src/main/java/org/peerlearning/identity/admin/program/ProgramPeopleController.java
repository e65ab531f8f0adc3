package org.peerlearning.identity.admin.program;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import org.peerlearning.identity.Viewer;
import org.peerlearning.identity.admin.program.ProgramForms.ConflictForm;
import org.peerlearning.identity.admin.program.ProgramForms.PoolForm;
import org.peerlearning.organization.InvalidProgramSettingException;
import org.peerlearning.organization.ReviewProgramAdministration;
import org.peerlearning.organization.ReviewerPool;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.server.ResponseStatusException;

/** Who reviews: reviewer pools, and the pairs of people who must never review each other. */
@Controller
@RequestMapping("/admin/program")
class ProgramPeopleController {

	private final ProgramAccess access;

	private final ReviewProgramAdministration program;

	private final ProgramPeople people;

	ProgramPeopleController(ProgramAccess access, ReviewProgramAdministration program, ProgramPeople people) {
		this.access = access;
		this.program = program;
		this.people = people;
	}

	@GetMapping("/pools")
	String pools(Model model) {
		model.addAttribute("poolForm", PoolForm.empty());
		return poolsPage(access.require(), null, model);
	}

	@PostMapping("/pools")
	String addPool(@Valid @ModelAttribute("poolForm") PoolForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Viewer viewer = access.require();
		if (savePool(viewer, form, null, result)) {
			redirect.addFlashAttribute("flash", "org.program.pool.added");
			return "redirect:/admin/program/pools";
		}
		return poolsPage(viewer, null, model);
	}

	@GetMapping("/pools/{id}")
	String pool(@PathVariable UUID id, Model model) {
		Viewer viewer = access.require();
		ReviewerPool pool = pool(viewer, id);
		model.addAttribute("poolForm", PoolForm.of(pool));
		return poolsPage(viewer, pool, model);
	}

	@PostMapping("/pools/{id}")
	String updatePool(@PathVariable UUID id, @Valid @ModelAttribute("poolForm") PoolForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Viewer viewer = access.require();
		ReviewerPool pool = pool(viewer, id);
		if (savePool(viewer, form, id, result)) {
			redirect.addFlashAttribute("flash", "org.program.pool.updated");
			return "redirect:/admin/program/pools";
		}
		return poolsPage(viewer, pool, model);
	}

	@GetMapping("/conflicts")
	String conflicts(Model model) {
		model.addAttribute("conflictForm", ConflictForm.empty());
		return conflictsPage(access.require(), model);
	}

	@PostMapping("/conflicts")
	String addConflict(@Valid @ModelAttribute("conflictForm") ConflictForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Viewer viewer = access.require();
		if (!result.hasErrors() && !people.allMembers(viewer.organizationId(), List.of(form.personA(), form.personB()))) {
			result.rejectValue("personB", "org.program.error.member");
		}
		String saved = ProgramForms.save(result, redirect, "org.program.conflict.added", "/admin/program/conflicts",
				() -> program.addConflict(viewer.organizationId(), form.personA(), form.personB(), form.reason(),
						viewer.personId().value()));
		if (saved != null) {
			return saved;
		}
		return conflictsPage(viewer, model);
	}

	private boolean savePool(Viewer viewer, PoolForm form, UUID id, BindingResult result) {
		if (result.hasErrors()) {
			return false;
		}
		ReviewerPool pool = form.pool(id);
		if (!people.allMembers(viewer.organizationId(), pool.memberIds())) {
			result.rejectValue("memberIds", "org.program.error.member");
			return false;
		}
		try {
			if (id == null) {
				program.addPool(viewer.organizationId(), pool, viewer.personId().value());
			}
			else {
				program.updatePool(viewer.organizationId(), pool, viewer.personId().value());
			}
			return true;
		}
		catch (InvalidProgramSettingException e) {
			result.rejectValue(e.field().equals("code") ? "name" : e.field(), e.field().equals("code") ? "org.program.pool.error.nameTaken"
					: e.messageKey());
			return false;
		}
	}

	private String poolsPage(Viewer viewer, ReviewerPool editing, Model model) {
		model.addAttribute("settings", program.settings(viewer.organizationId()));
		model.addAttribute("editing", editing);
		model.addAttribute("readers", people.readers(viewer.organizationId()));
		model.addAttribute("names", people.names(viewer.organizationId()));
		return "organization/program/pools";
	}

	private String conflictsPage(Viewer viewer, Model model) {
		model.addAttribute("settings", program.settings(viewer.organizationId()));
		model.addAttribute("readers", people.readers(viewer.organizationId()));
		model.addAttribute("names", people.names(viewer.organizationId()));
		return "organization/program/conflicts";
	}

	private ReviewerPool pool(Viewer viewer, UUID id) {
		return program.settings(viewer.organizationId())
			.pools()
			.stream()
			.filter(p -> p.id().equals(id))
			.findFirst()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}
}
