package org.peerlearning.identity.admin;

import jakarta.validation.Valid;
import org.peerlearning.identity.CurrentViewer;
import org.peerlearning.identity.Viewer;
import org.peerlearning.identity.admin.AdminForms.SettingsForm;
import org.peerlearning.organization.OrganizationAdministration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The program settings of the current organization, one form over one record. */
@Controller
class SettingsAdminController {

	private final CurrentViewer currentViewer;

	private final OrganizationAdministration organizations;

	SettingsAdminController(CurrentViewer currentViewer, OrganizationAdministration organizations) {
		this.currentViewer = currentViewer;
		this.organizations = organizations;
	}

	@GetMapping("/admin/settings")
	String show(Model model) {
		Viewer viewer = currentViewer.organizationAdministrator();
		model.addAttribute("settingsForm", SettingsForm.of(organizations.settings(viewer.organizationId())));
		return "organization/settings";
	}

	@PostMapping("/admin/settings")
	String update(@Valid @ModelAttribute("settingsForm") SettingsForm form, BindingResult result, RedirectAttributes redirect) {
		Viewer viewer = currentViewer.organizationAdministrator();
		if (result.hasErrors()) {
			return "organization/settings";
		}
		organizations.updateSettings(viewer.organizationId(), form.toSettings(), viewer.personId().value());
		redirect.addFlashAttribute("flash", "org.admin.settings.updated");
		return "redirect:/admin/settings";
	}
}
