package org.peerlearning.identity.admin;

import java.util.UUID;

import jakarta.validation.Valid;
import org.peerlearning.identity.CurrentViewer;
import org.peerlearning.identity.Viewer;
import org.peerlearning.identity.admin.AdminForms.OrganizationForm;
import org.peerlearning.identity.admin.AdminForms.RetireForm;
import org.peerlearning.organization.NameTakenException;
import org.peerlearning.organization.OrganizationAdministration;
import org.peerlearning.organization.OrganizationAdministration.OrganizationEntry;
import org.peerlearning.organization.OrganizationId;
import org.peerlearning.organization.OrganizationKind;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Platform administration of organizations: list, create, rename, retire with a reason, reinstate. */
@Controller
@RequestMapping("/admin/organizations")
class OrganizationsAdminController {

	private final CurrentViewer currentViewer;

	private final OrganizationAdministration organizations;

	OrganizationsAdminController(CurrentViewer currentViewer, OrganizationAdministration organizations) {
		this.currentViewer = currentViewer;
		this.organizations = organizations;
	}

	@ModelAttribute("kinds")
	OrganizationKind[] kinds() {
		return OrganizationKind.values();
	}

	@GetMapping
	String list(Model model) {
		platformAdmin();
		model.addAttribute("organizations", organizations.organizations());
		return "organization/organizations";
	}

	@GetMapping("/new")
	String newOrganization(Model model) {
		platformAdmin();
		model.addAttribute("organizationForm", OrganizationForm.empty());
		return "organization/organization-form";
	}

	@PostMapping
	String create(@Valid @ModelAttribute("organizationForm") OrganizationForm form, BindingResult result, RedirectAttributes redirect) {
		Viewer viewer = platformAdmin();
		if (!result.hasErrors()) {
			try {
				OrganizationId id = organizations.createOrganization(form.name(), form.kind(), viewer.personId().value());
				redirect.addFlashAttribute("flash", "org.admin.organization.created");
				return "redirect:/admin/organizations/" + id;
			}
			catch (NameTakenException e) {
				result.rejectValue("name", "org.admin.organization.error.nameTaken");
			}
		}
		return "organization/organization-form";
	}

	@GetMapping("/{id}")
	String show(@PathVariable UUID id, Model model) {
		platformAdmin();
		OrganizationEntry organization = find(id);
		model.addAttribute("organizationForm", OrganizationForm.of(organization));
		model.addAttribute("retireForm", RetireForm.empty());
		return edit(organization, model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable UUID id, @Valid @ModelAttribute("organizationForm") OrganizationForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		Viewer viewer = platformAdmin();
		OrganizationEntry organization = find(id);
		if (!result.hasErrors()) {
			try {
				organizations.updateOrganization(organization.id(), form.name(), form.kind(), viewer.personId().value());
				redirect.addFlashAttribute("flash", "org.admin.organization.updated");
				return "redirect:/admin/organizations/" + id;
			}
			catch (NameTakenException e) {
				result.rejectValue("name", "org.admin.organization.error.nameTaken");
			}
		}
		model.addAttribute("retireForm", RetireForm.empty());
		return edit(organization, model);
	}

	@PostMapping("/{id}/retire")
	String retire(@PathVariable UUID id, @Valid @ModelAttribute("retireForm") RetireForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Viewer viewer = platformAdmin();
		OrganizationEntry organization = find(id);
		if (result.hasErrors()) {
			model.addAttribute("organizationForm", OrganizationForm.of(organization));
			return edit(organization, model);
		}
		organizations.retireOrganization(organization.id(), form.reason(), viewer.personId().value());
		redirect.addFlashAttribute("flash", "org.admin.organization.retired");
		return "redirect:/admin/organizations";
	}

	@PostMapping("/{id}/reinstate")
	String reinstate(@PathVariable UUID id, RedirectAttributes redirect) {
		Viewer viewer = platformAdmin();
		organizations.reinstateOrganization(find(id).id(), viewer.personId().value());
		redirect.addFlashAttribute("flash", "org.admin.organization.reinstated");
		return "redirect:/admin/organizations/" + id;
	}

	private String edit(OrganizationEntry organization, Model model) {
		model.addAttribute("organization", organization);
		model.addAttribute("sites", organizations.sites(organization.id()));
		return "organization/organization-form";
	}

	private OrganizationEntry find(UUID id) {
		return organizations.organization(new OrganizationId(id))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private Viewer platformAdmin() {
		Viewer viewer = currentViewer.get();
		viewer.requirePlatformAdmin();
		return viewer;
	}
}
