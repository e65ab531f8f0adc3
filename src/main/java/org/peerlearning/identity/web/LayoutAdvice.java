package org.peerlearning.identity.web;

import org.peerlearning.identity.CurrentViewer;
import org.peerlearning.identity.Viewer;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page the signed-in viewer, for navigation by role and the organization switcher. */
@ControllerAdvice
class LayoutAdvice {

	private final CurrentViewer currentViewer;

	LayoutAdvice(CurrentViewer currentViewer) {
		this.currentViewer = currentViewer;
	}

	@ModelAttribute("viewer")
	Viewer viewer() {
		return currentViewer.find().orElse(null);
	}
}
