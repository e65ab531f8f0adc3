package org.peerlearning.intake.web;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.validation.Valid;
import org.peerlearning.identity.CurrentViewer;
import org.peerlearning.identity.People;
import org.peerlearning.identity.PersonId;
import org.peerlearning.identity.Role;
import org.peerlearning.identity.Viewer;
import org.peerlearning.intake.domain.FacilityRouter;
import org.peerlearning.intake.domain.IntakeAdministration;
import org.peerlearning.intake.domain.MessageLog;
import org.peerlearning.intake.domain.MessageLog.SourceCount;
import org.peerlearning.intake.domain.MessageLog.Stored;
import org.peerlearning.intake.domain.Route;
import org.peerlearning.intake.hl7.Hl7Intake;
import org.peerlearning.intake.web.IntakeForms.RadiologistForm;
import org.peerlearning.intake.web.IntakeForms.RouteForm;
import org.peerlearning.organization.OrganizationId;
import org.peerlearning.organization.Organizations;
import org.peerlearning.organization.SiteId;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The feed monitor of an organization's administrators: what each sender sent and what became of
 * it, rejected messages with their reason and content, and the mappings that fix them (senders to
 * sites, feed identifiers to radiologists), with replay once a mapping is fixed.
 */
@Controller
@RequestMapping("/intake")
class IntakeMonitorController {

	private final CurrentViewer currentViewer;

	private final MessageLog messages;

	private final IntakeAdministration administration;

	private final Hl7Intake intake;

	private final FacilityRouter router;

	private final Organizations organizations;

	private final People people;

	IntakeMonitorController(CurrentViewer currentViewer, MessageLog messages, IntakeAdministration administration, Hl7Intake intake,
			FacilityRouter router, Organizations organizations, People people) {
		this.currentViewer = currentViewer;
		this.messages = messages;
		this.administration = administration;
		this.intake = intake;
		this.router = router;
		this.organizations = organizations;
		this.people = people;
	}

	@GetMapping
	String monitor(Model model) {
		Viewer viewer = administrator();
		model.addAttribute("routeForm", RouteForm.empty());
		return page(viewer, model);
	}

	@PostMapping("/routes")
	String addRoute(@Valid @ModelAttribute("routeForm") RouteForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		Viewer viewer = administrator();
		OrganizationId organization = viewer.organizationId();
		if (form.siteId() != null && organizations.findSite(organization, new SiteId(form.siteId())).isEmpty()) {
			errors.rejectValue("siteId", "intake.route.site.unknown");
		}
		if (!errors.hasErrors() && !administration.addRoute(organization, form.siteId() == null ? null : new SiteId(form.siteId()),
				form.sendingFacility(), form.receivingFacility(), viewer.personId().value())) {
			errors.rejectValue("sendingFacility", "intake.route.taken");
		}
		if (errors.hasErrors()) {
			return page(viewer, model);
		}
		redirect.addFlashAttribute("flash", "intake.route.added");
		return "redirect:/intake";
	}

	@PostMapping("/routes/{id}/retire")
	String retireRoute(@PathVariable UUID id, RedirectAttributes redirect) {
		Viewer viewer = administrator();
		administration.retireRoute(viewer.organizationId(), id, viewer.personId().value());
		redirect.addFlashAttribute("flash", "intake.route.retired");
		return "redirect:/intake";
	}

	@PostMapping("/messages/{id}/replay")
	String replay(@PathVariable UUID id, RedirectAttributes redirect) {
		Viewer viewer = administrator();
		Stored stored = messages.find(id)
			.filter(m -> viewer.organizationId().equals(m.organizationId()))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (stored.status() != MessageLog.Status.REJECTED) {
			throw new ResponseStatusException(HttpStatus.CONFLICT);
		}
		boolean accepted = intake.replay(stored, viewer.personId().value());
		administration.recordReplay(viewer.organizationId(), id, accepted, viewer.personId().value());
		redirect.addFlashAttribute("flash", accepted ? "intake.replay.accepted" : "intake.replay.rejected");
		return "redirect:/intake";
	}

	/** Replays what a sender sent before it was routed, only where it now routes to this organization. */
	@PostMapping("/facilities/replay")
	String replayFacility(@RequestParam String sendingFacility, RedirectAttributes redirect) {
		Viewer viewer = administrator();
		int accepted = 0;
		for (UUID id : administration.rejectedFrom(sendingFacility)) {
			Stored stored = messages.find(id).orElse(null);
			boolean ours = stored != null && router.route(stored.sendingFacility(), stored.receivingFacility())
				.map(Route::organizationId)
				.filter(viewer.organizationId()::equals)
				.isPresent();
			if (ours && intake.replay(stored, viewer.personId().value())) {
				administration.recordReplay(viewer.organizationId(), id, true, viewer.personId().value());
				accepted++;
			}
		}
		redirect.addFlashAttribute("flash", accepted > 0 ? "intake.replay.accepted" : "intake.replay.none");
		return "redirect:/intake";
	}

	@PostMapping("/radiologists")
	String mapRadiologist(@Valid RadiologistForm form, BindingResult errors, RedirectAttributes redirect) {
		Viewer viewer = administrator();
		boolean member = !errors.hasErrors() && people.members(viewer.organizationId())
			.stream()
			.anyMatch(m -> m.person().id().value().equals(form.personId()) && m.membership().roles().contains(Role.RADIOLOGIST));
		if (!member) {
			redirect.addFlashAttribute("flash", "intake.radiologist.invalid");
			return "redirect:/intake";
		}
		administration.mapRadiologist(viewer.organizationId(), form.rawIdentifier(), new PersonId(form.personId()),
				viewer.personId().value());
		redirect.addFlashAttribute("flash", "intake.radiologist.mapped");
		return "redirect:/intake";
	}

	private String page(Viewer viewer, Model model) {
		OrganizationId organization = viewer.organizationId();
		model.addAttribute("sources", sources(messages.counts(organization)));
		model.addAttribute("rejected", messages.rejected(organization, 50).stream().map(RejectedRow::of).toList());
		model.addAttribute("routes", administration.routes(organization));
		model.addAttribute("sites", organizations.sites(organization).stream().filter(s -> s.active()).toList());
		model.addAttribute("unmappedFacilities", administration.unmappedFacilities());
		model.addAttribute("unmappedRadiologists", administration.unmappedRadiologists(organization));
		model.addAttribute("radiologists", people.members(organization)
			.stream()
			.filter(m -> m.membership().roles().contains(Role.RADIOLOGIST))
			.map(People.Member::person)
			.toList());
		return "intake/monitor";
	}

	private Viewer administrator() {
		Viewer viewer = currentViewer.get();
		viewer.requireOrganization();
		viewer.requireAdministration();
		return viewer;
	}

	private static List<SourceRow> sources(List<SourceCount> counts) {
		Map<String, SourceRow> rows = new TreeMap<>();
		for (SourceCount count : counts) {
			SourceRow row = rows.computeIfAbsent(count.sendingFacility(), SourceRow::new);
			row.add(count);
		}
		return List.copyOf(rows.values());
	}

	/** A rejected message for display: its content decoded, segments on their own lines. */
	record RejectedRow(UUID id, java.time.Instant receivedAt, String sendingFacility, String messageType, String controlId,
			String errorText, String content) {

		static RejectedRow of(Stored stored) {
			Charset charset = stored.charset() == null ? StandardCharsets.ISO_8859_1 : Charset.forName(stored.charset());
			String content = new String(stored.raw(), charset).replace("\r\n", "\n").replace('\r', '\n');
			return new RejectedRow(stored.id(), stored.receivedAt(), stored.sendingFacility(), stored.messageType(),
					stored.controlId(), stored.errorText(), content);
		}
	}
}
