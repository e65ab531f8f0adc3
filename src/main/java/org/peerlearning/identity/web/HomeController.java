package org.peerlearning.identity.web;

import org.peerlearning.identity.CurrentViewer;
import org.peerlearning.identity.Viewer;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page after sign-in: what the viewer can do in the current organization. */
@Controller
class HomeController {

	private final CurrentViewer currentViewer;

	HomeController(CurrentViewer currentViewer) {
		this.currentViewer = currentViewer;
	}

	@GetMapping("/")
	String home(Model model) {
		Viewer viewer = currentViewer.get();
		model.addAttribute("roles", viewer.roles().stream().sorted().toList());
		return "identity/home";
	}
}
