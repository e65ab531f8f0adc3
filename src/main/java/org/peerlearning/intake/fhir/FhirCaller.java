package org.peerlearning.intake.fhir;

import ca.uhn.fhir.rest.server.exceptions.AuthenticationException;
import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import org.peerlearning.identity.CurrentViewer;
import org.peerlearning.identity.Role;
import org.peerlearning.identity.Viewer;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Who is calling the FHIR endpoint (always a token's person, see the API security), turned into
 * HAPI's exceptions so that refusals come back as OperationOutcome with the right status.
 * Every resource carries patient identifiers, so reading is for program leads and administrators,
 * like the identified exam listings of the JSON API; sending reports is for administrators, who
 * set up the interface engine's account.
 */
@Component
class FhirCaller {

	private final CurrentViewer currentViewer;

	FhirCaller(CurrentViewer currentViewer) {
		this.currentViewer = currentViewer;
	}

	Viewer reader() {
		Viewer viewer = viewer();
		if (!viewer.administers() && !viewer.has(Role.PROGRAM_LEAD)) {
			throw new ForbiddenOperationException("Reading reports needs the program lead or administrator role");
		}
		return viewer;
	}

	Viewer writer() {
		Viewer viewer = viewer();
		if (!viewer.administers()) {
			throw new ForbiddenOperationException("Sending reports needs the administrator role in the organization");
		}
		return viewer;
	}

	private Viewer viewer() {
		Viewer viewer;
		try {
			viewer = currentViewer.find().orElseThrow(() -> new AuthenticationException("An API token is required"));
		}
		catch (ResponseStatusException unknownOrganization) {
			// the X-Organization header names an organization the caller cannot reach
			throw new ResourceNotFoundException("Unknown organization");
		}
		if (viewer.organizationId() == null) {
			throw new ForbiddenOperationException("The caller belongs to no organization");
		}
		return viewer;
	}
}
