package org.peerlearning.identity.admin;

import org.peerlearning.identity.CurrentViewer;
import org.peerlearning.identity.Viewer;
import org.peerlearning.organization.OrganizationAdministration;
import org.peerlearning.organization.OrganizationId;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The administration start page: the current organization's sites, members and program
 * settings at a glance. It lives in identity because it shows people, and identity may read
 * organizations while organization must not know about people.
 */
@Controller
class AdminOverviewController {

	private final CurrentViewer currentViewer;

	private final OrganizationAdministration organizations;

	private final PersonAdministration people;

	AdminOverviewController(CurrentViewer currentViewer, OrganizationAdministration organizations, PersonAdministration people) {
		this.currentViewer = currentViewer;
		this.organizations = organizations;
		this.people = people;
	}

	@GetMapping("/admin")
	String overview(Model model) {
		Viewer viewer = currentViewer.get();
		viewer.requireAdministration();
		OrganizationId organization = viewer.requireOrganization();
		model.addAttribute("organization", organizations.organization(organization).orElseThrow());
		model.addAttribute("sites", organizations.sites(organization));
		model.addAttribute("members", people.members(organization, null, null));
		model.addAttribute("settings", organizations.settings(organization));
		return "identity/admin/overview";
	}
}
