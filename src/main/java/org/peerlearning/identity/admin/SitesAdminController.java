package org.peerlearning.identity.admin;

import java.util.UUID;

import jakarta.validation.Valid;
import org.peerlearning.identity.CurrentViewer;
import org.peerlearning.identity.Viewer;
import org.peerlearning.identity.admin.AdminForms.RetireForm;
import org.peerlearning.identity.admin.AdminForms.SiteForm;
import org.peerlearning.organization.NameTakenException;
import org.peerlearning.organization.OrganizationAdministration;
import org.peerlearning.organization.OrganizationAdministration.SiteEntry;
import org.peerlearning.organization.SiteId;
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

/** The sites of the current organization: list, add, rename, retire with a reason. */
@Controller
@RequestMapping("/admin/sites")
class SitesAdminController {

	private final CurrentViewer currentViewer;

	private final OrganizationAdministration organizations;

	SitesAdminController(CurrentViewer currentViewer, OrganizationAdministration organizations) {
		this.currentViewer = currentViewer;
		this.organizations = organizations;
	}

	@GetMapping
	String list(Model model) {
		Viewer viewer = currentViewer.organizationAdministrator();
		model.addAttribute("sites", organizations.sites(viewer.organizationId()));
		return "organization/sites";
	}

	@GetMapping("/new")
	String newSite(Model model) {
		currentViewer.organizationAdministrator();
		model.addAttribute("siteForm", SiteForm.empty());
		return "organization/site-form";
	}

	@PostMapping
	String create(@Valid @ModelAttribute("siteForm") SiteForm form, BindingResult result, RedirectAttributes redirect) {
		Viewer viewer = currentViewer.organizationAdministrator();
		if (!result.hasErrors()) {
			try {
				organizations.createSite(viewer.organizationId(), form.name(), form.code(), viewer.personId().value());
				redirect.addFlashAttribute("flash", "org.admin.site.created");
				return "redirect:/admin/sites";
			}
			catch (NameTakenException e) {
				result.rejectValue("name", "org.admin.site.error.nameTaken");
			}
		}
		return "organization/site-form";
	}

	@GetMapping("/{id}")
	String show(@PathVariable UUID id, Model model) {
		Viewer viewer = currentViewer.organizationAdministrator();
		SiteEntry site = find(viewer, id);
		model.addAttribute("siteForm", SiteForm.of(site));
		model.addAttribute("retireForm", RetireForm.empty());
		model.addAttribute("site", site);
		return "organization/site-form";
	}

	@PostMapping("/{id}")
	String update(@PathVariable UUID id, @Valid @ModelAttribute("siteForm") SiteForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Viewer viewer = currentViewer.organizationAdministrator();
		SiteEntry site = find(viewer, id);
		if (!result.hasErrors()) {
			try {
				organizations.updateSite(viewer.organizationId(), site.id(), form.name(), form.code(), viewer.personId().value());
				redirect.addFlashAttribute("flash", "org.admin.site.updated");
				return "redirect:/admin/sites";
			}
			catch (NameTakenException e) {
				result.rejectValue("name", "org.admin.site.error.nameTaken");
			}
		}
		model.addAttribute("retireForm", RetireForm.empty());
		model.addAttribute("site", site);
		return "organization/site-form";
	}

	@PostMapping("/{id}/retire")
	String retire(@PathVariable UUID id, @Valid @ModelAttribute("retireForm") RetireForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Viewer viewer = currentViewer.organizationAdministrator();
		SiteEntry site = find(viewer, id);
		if (result.hasErrors()) {
			model.addAttribute("siteForm", SiteForm.of(site));
			model.addAttribute("site", site);
			return "organization/site-form";
		}
		organizations.retireSite(viewer.organizationId(), site.id(), form.reason(), viewer.personId().value());
		redirect.addFlashAttribute("flash", "org.admin.site.retired");
		return "redirect:/admin/sites";
	}

	/** Only sites of the viewer's current organization are found; any other id is a 404. */
	private SiteEntry find(Viewer viewer, UUID id) {
		return organizations.site(viewer.organizationId(), new SiteId(id))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}
}
