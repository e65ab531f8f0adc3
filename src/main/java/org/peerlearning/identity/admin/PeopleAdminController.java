package org.peerlearning.identity.admin;

import java.util.UUID;

import jakarta.validation.Valid;
import org.peerlearning.identity.CurrentViewer;
import org.peerlearning.identity.PersonId;
import org.peerlearning.identity.Role;
import org.peerlearning.identity.Viewer;
import org.peerlearning.identity.admin.AdminForms.PersonForm;
import org.peerlearning.identity.admin.AdminForms.RetireForm;
import org.peerlearning.identity.admin.PersonAdministration.Created;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The members of the current organization: search, add (or add an existing person), edit
 * details and roles, retire a membership, unlock an account, issue a temporary password.
 * Only members of the current organization are found; any other person id is a 404.
 */
@Controller
@RequestMapping("/admin/people")
class PeopleAdminController {

	private final CurrentViewer currentViewer;

	private final PersonAdministration people;

	PeopleAdminController(CurrentViewer currentViewer, PersonAdministration people) {
		this.currentViewer = currentViewer;
		this.people = people;
	}

	@ModelAttribute("allRoles")
	Role[] allRoles() {
		return Role.values();
	}

	/** The list; an htmx request (the live filter) gets only the results table. */
	@GetMapping
	String list(@RequestParam(name = "q", required = false) String search,
			@RequestParam(name = "role", required = false) Role role,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		Viewer viewer = currentViewer.organizationAdministrator();
		model.addAttribute("members", people.members(viewer.organizationId(), search, role));
		model.addAttribute("q", search == null ? "" : search);
		model.addAttribute("role", role);
		return htmx != null ? "identity/admin/people :: results" : "identity/admin/people";
	}

	@GetMapping("/new")
	String newPerson(Model model) {
		currentViewer.organizationAdministrator();
		model.addAttribute("personForm", PersonForm.empty());
		return "identity/admin/person-new";
	}

	@PostMapping
	String create(@Valid @ModelAttribute("personForm") PersonForm form, BindingResult result, RedirectAttributes redirect) {
		Viewer viewer = currentViewer.organizationAdministrator();
		if (!result.hasErrors()) {
			try {
				Created created = people.create(viewer.organizationId(), form.details(), form.roles(),
						viewer.platformAdmin() ? form.platformAdmin() : null, viewer.personId().value());
				if (created.existingPerson()) {
					redirect.addFlashAttribute("flash", "person.admin.existingAdded");
				}
				else {
					redirect.addFlashAttribute("flash", "person.admin.created");
					// A flash attribute survives exactly one redirect: the password is shown once.
					redirect.addFlashAttribute("temporaryPassword", created.temporaryPassword());
				}
				return "redirect:/admin/people/" + created.personId();
			}
			catch (FieldConflictException e) {
				result.rejectValue(e.field(), e.messageKey());
			}
		}
		return "identity/admin/person-new";
	}

	@GetMapping("/{id}")
	String show(@PathVariable UUID id, Model model) {
		Viewer viewer = currentViewer.organizationAdministrator();
		MemberAccount member = find(viewer, id);
		model.addAttribute("personForm", PersonForm.of(member));
		model.addAttribute("retireForm", RetireForm.empty());
		return page(member, model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable UUID id, @Valid @ModelAttribute("personForm") PersonForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Viewer viewer = currentViewer.organizationAdministrator();
		MemberAccount member = find(viewer, id);
		if (!result.hasErrors()) {
			try {
				people.edit(viewer.organizationId(), new PersonId(id), form.details(), form.roles(),
						viewer.platformAdmin() ? Boolean.TRUE.equals(form.platformAdmin()) : null, viewer.personId().value());
				redirect.addFlashAttribute("flash", "person.admin.updated");
				return "redirect:/admin/people/" + id;
			}
			catch (FieldConflictException e) {
				result.rejectValue(e.field(), e.messageKey());
			}
		}
		model.addAttribute("retireForm", RetireForm.empty());
		return page(member, model);
	}

	@PostMapping("/{id}/retire")
	String retire(@PathVariable UUID id, @Valid @ModelAttribute("retireForm") RetireForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Viewer viewer = currentViewer.organizationAdministrator();
		MemberAccount member = find(viewer, id);
		if (!result.hasErrors()) {
			try {
				people.retireMembership(viewer.organizationId(), new PersonId(id), form.reason(), viewer.personId().value());
				redirect.addFlashAttribute("flash", "person.admin.retired");
				return "redirect:/admin/people";
			}
			catch (FieldConflictException e) {
				result.rejectValue("reason", e.messageKey());
			}
		}
		model.addAttribute("personForm", PersonForm.of(member));
		return page(member, model);
	}

	@PostMapping("/{id}/unlock")
	String unlock(@PathVariable UUID id, RedirectAttributes redirect) {
		Viewer viewer = currentViewer.organizationAdministrator();
		people.unlock(viewer.organizationId(), new PersonId(id), viewer.personId().value());
		redirect.addFlashAttribute("flash", "person.admin.unlocked");
		return "redirect:/admin/people/" + id;
	}

	@PostMapping("/{id}/password")
	String resetPassword(@PathVariable UUID id, RedirectAttributes redirect) {
		Viewer viewer = currentViewer.organizationAdministrator();
		String temporaryPassword = people.resetPassword(viewer.organizationId(), new PersonId(id), viewer.personId().value());
		redirect.addFlashAttribute("flash", "person.admin.passwordReset");
		redirect.addFlashAttribute("temporaryPassword", temporaryPassword);
		return "redirect:/admin/people/" + id;
	}

	private String page(MemberAccount member, Model model) {
		model.addAttribute("member", member);
		return "identity/admin/person";
	}

	private MemberAccount find(Viewer viewer, UUID id) {
		return people.member(viewer.organizationId(), new PersonId(id))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}
}
