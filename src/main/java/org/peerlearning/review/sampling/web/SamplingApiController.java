package org.peerlearning.review.sampling.web;

import org.peerlearning.identity.CurrentViewer;
import org.peerlearning.identity.Role;
import org.peerlearning.identity.Viewer;
import org.peerlearning.review.sampling.SamplingBacklog;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The organization's sampling queue for monitoring: how many reported exams wait to be sampled,
 * since when, and those whose sampling failed with why. For program leads and administrators.
 */
@RestController
class SamplingApiController {

	private final CurrentViewer currentViewer;

	private final SamplingBacklog backlog;

	SamplingApiController(CurrentViewer currentViewer, SamplingBacklog backlog) {
		this.currentViewer = currentViewer;
		this.backlog = backlog;
	}

	@GetMapping("/api/v1/sampling/backlog")
	SamplingBacklog.Status backlog() {
		return backlog.of(leadOrAdministrator().requireOrganization());
	}

	/** Tries the failing exams again now; answers the queue as it stands. */
	@PostMapping("/api/v1/sampling/backlog/retry")
	SamplingBacklog.Status retry() {
		Viewer viewer = leadOrAdministrator();
		backlog.retryNow(viewer.requireOrganization());
		return backlog.of(viewer.requireOrganization());
	}

	private Viewer leadOrAdministrator() {
		Viewer viewer = currentViewer.get();
		if (!viewer.administers() && !viewer.has(Role.PROGRAM_LEAD)) {
			throw new AccessDeniedException("neither an administrator nor a program lead");
		}
		return viewer;
	}
}
