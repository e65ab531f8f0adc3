package org.peerlearning.identity.web;

import java.util.UUID;

import org.peerlearning.identity.CurrentViewer;
import org.peerlearning.organization.OrganizationId;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.http.HttpStatus;

/** Switches the organization a person is working in (a radiologist may read for several). */
@Controller
class OrganizationSwitchController {

	private final CurrentViewer currentViewer;

	OrganizationSwitchController(CurrentViewer currentViewer) {
		this.currentViewer = currentViewer;
	}

	@PostMapping("/organization")
	String switchOrganization(@RequestParam("organization") UUID organization) {
		if (!currentViewer.switchTo(new OrganizationId(organization))) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return "redirect:/";
	}
}
