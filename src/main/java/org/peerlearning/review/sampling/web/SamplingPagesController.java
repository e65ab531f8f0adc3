package org.peerlearning.review.sampling.web;

import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;

import org.peerlearning.identity.CurrentViewer;
import org.peerlearning.identity.Viewer;
import org.peerlearning.organization.OrganizationId;
import org.peerlearning.review.sampling.RealisedRates;
import org.peerlearning.review.sampling.SamplingBacklog;
import org.peerlearning.review.sampling.SamplingQuotas;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What sampling did this month: for the program lead, each rule's realised rate and the exams
 * still waiting to be sampled (those that failed with why, and a way to try them again); for a
 * reviewer, their progress against their quota (a fragment the worklist includes).
 */
@Controller
class SamplingPagesController {

	private final CurrentViewer currentViewer;

	private final RealisedRates rates;

	private final SamplingQuotas quotas;

	private final SamplingBacklog backlog;

	private final Clock clock;

	private final ZoneId zone;

	SamplingPagesController(CurrentViewer currentViewer, RealisedRates rates, SamplingQuotas quotas, SamplingBacklog backlog,
			Clock clock, @Value("${peerlearning.time-zone:America/Toronto}") ZoneId zone) {
		this.currentViewer = currentViewer;
		this.rates = rates;
		this.quotas = quotas;
		this.backlog = backlog;
		this.clock = clock;
		this.zone = zone;
	}

	@GetMapping("/program/sampling")
	String realisedRates(Model model) {
		OrganizationId organization = currentViewer.get().requireProgramLeadership();
		YearMonth month = YearMonth.now(clock.withZone(zone));
		model.addAttribute("month", month.atDay(1));
		model.addAttribute("rates", rates.of(organization, month));
		model.addAttribute("backlog", backlog.of(organization));
		return "review/sampling/rates";
	}

	/** Tries the exams whose sampling failed again now, once their cause is fixed. */
	@PostMapping("/program/sampling/retry")
	String retry(RedirectAttributes redirect) {
		backlog.retryNow(currentViewer.get().requireProgramLeadership());
		redirect.addFlashAttribute("flash", "review.sampling.backlog.retried");
		return "redirect:/program/sampling";
	}


	/** The signed-in reviewer's quota progress this month, as a fragment for their worklist. */
	@GetMapping("/review/sampling/quota")
	String quota(Model model) {
		Viewer viewer = currentViewer.get();
		YearMonth month = YearMonth.now(clock.withZone(zone));
		model.addAttribute("quota", quotas.progress(viewer.requireOrganization(), viewer.personId(), month));
		return "review/sampling/quota :: progress(quota=${quota})";
	}
}
