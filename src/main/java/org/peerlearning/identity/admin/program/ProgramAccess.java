package org.peerlearning.identity.admin.program;

import org.peerlearning.identity.CurrentViewer;
import org.peerlearning.identity.Viewer;
import org.springframework.stereotype.Component;

/**
 * Who may configure the review program: the organization's administrators and its program leads
 * (a lead runs the program but does not administer people, so the rest of /admin stays closed).
 */
@Component
class ProgramAccess {

	private final CurrentViewer currentViewer;

	ProgramAccess(CurrentViewer currentViewer) {
		this.currentViewer = currentViewer;
	}

	Viewer require() {
		Viewer viewer = currentViewer.get();
		viewer.requireProgramLeadership();
		return viewer;
	}
}
