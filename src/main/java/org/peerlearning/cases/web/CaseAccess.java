package org.peerlearning.cases.web;

import org.peerlearning.cases.LearningCase;
import org.peerlearning.identity.Role;
import org.peerlearning.identity.Viewer;

/**
 * Who may see a case, and how much. The program lead sees everything; the submitter sees their own
 * case without the author or the reviewers; the quality committee sees it blinded. A case referred
 * out of the program is the lead's alone. Everyone else gets a 404, as for a case that does not exist.
 */
enum CaseAccess {

	LEAD, SUBMITTER, COMMITTEE, NONE;

	static CaseAccess of(Viewer viewer, LearningCase learningCase) {
		if (viewer.has(Role.PROGRAM_LEAD)) {
			return LEAD;
		}
		if (learningCase.outOfProgram()) {
			return NONE;
		}
		if (learningCase.submittedBy(viewer.personId())) {
			return SUBMITTER;
		}
		if (viewer.has(Role.QUALITY_COMMITTEE)) {
			return COMMITTEE;
		}
		return NONE;
	}

	boolean seesIdentities() {
		return this == LEAD;
	}
}
