package org.peerlearning.review.sampling.web;

import org.peerlearning.identity.CurrentViewer;
import org.peerlearning.organization.OrganizationId;
import org.peerlearning.review.sampling.SamplingBacklog;
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
		return backlog.of(currentViewer.get().requireProgramLeadership());
	}

	/** Tries the failing exams again now; answers the queue as it stands. */
	@PostMapping("/api/v1/sampling/backlog/retry")
	SamplingBacklog.Status retry() {
		OrganizationId organization = currentViewer.get().requireProgramLeadership();
		backlog.retryNow(organization);
		return backlog.of(organization);
	}
}
