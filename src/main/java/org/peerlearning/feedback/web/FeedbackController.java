package org.peerlearning.feedback.web;

import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import org.peerlearning.feedback.Feedback;
import org.peerlearning.feedback.FeedbackId;
import org.peerlearning.feedback.FeedbackKind;
import org.peerlearning.identity.CurrentViewer;
import org.peerlearning.identity.People;
import org.peerlearning.identity.Person;
import org.peerlearning.identity.PersonId;
import org.peerlearning.identity.Role;
import org.peerlearning.identity.Viewer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The feedback pages: inbox, a thread, giving feedback to a colleague, and the lead's overview. */
@Controller
class FeedbackController {

	private final Feedback feedback;

	private final CurrentViewer currentViewer;

	private final People people;

	private final ZoneId zone;

	FeedbackController(Feedback feedback, CurrentViewer currentViewer, People people,
			@Value("${peerlearning.time-zone:America/Toronto}") ZoneId zone) {
		this.feedback = feedback;
		this.currentViewer = currentViewer;
		this.people = people;
		this.zone = zone;
	}

	@ModelAttribute("zone")
	ZoneId zone() {
		return zone;
	}

	@GetMapping("/feedback")
	String inbox(Model model) {
		Viewer viewer = member();
		model.addAttribute("received", feedback.received(viewer.organizationId(), viewer.personId()));
		model.addAttribute("given", feedback.given(viewer.organizationId(), viewer.personId()));
		return "feedback/inbox";
	}

	@GetMapping("/feedback/{id}")
	String thread(@PathVariable UUID id, Model model) {
		Viewer viewer = member();
		model.addAttribute("thread", feedback.view(viewer.organizationId(), new FeedbackId(id), viewer.personId()));
		if (!model.containsAttribute("reply")) {
			model.addAttribute("reply", FeedbackForms.Reply.empty());
		}
		return "feedback/thread";
	}

	@PostMapping("/feedback/{id}/acknowledgement")
	String acknowledge(@PathVariable UUID id, RedirectAttributes redirect) {
		Viewer viewer = member();
		feedback.acknowledge(viewer.organizationId(), new FeedbackId(id), viewer.personId());
		redirect.addFlashAttribute("flash", "feedback.acknowledged");
		return "redirect:/feedback/" + id;
	}

	@PostMapping("/feedback/{id}/replies")
	String reply(@PathVariable UUID id, @Valid @ModelAttribute("reply") FeedbackForms.Reply reply, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		Viewer viewer = member();
		if (errors.hasErrors()) {
			model.addAttribute("thread", feedback.view(viewer.organizationId(), new FeedbackId(id), viewer.personId()));
			return "feedback/thread";
		}
		feedback.reply(viewer.organizationId(), new FeedbackId(id), viewer.personId(), reply.body(), reply.signed());
		redirect.addFlashAttribute("flash", "feedback.replySent");
		return "redirect:/feedback/" + id;
	}

	@PostMapping("/feedback/{id}/conversation")
	String conversation(@PathVariable UUID id, RedirectAttributes redirect) {
		Viewer viewer = member();
		feedback.requestConversation(viewer.organizationId(), new FeedbackId(id), viewer.personId());
		redirect.addFlashAttribute("flash", "feedback.conversationRequested");
		return "redirect:/feedback/" + id;
	}

	@GetMapping("/feedback/new")
	String newFeedback(Model model) {
		member();
		model.addAttribute("form", FeedbackForms.Direct.empty());
		return form(model);
	}

	@PostMapping("/feedback")
	String give(@Valid @ModelAttribute("form") FeedbackForms.Direct form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		Viewer viewer = member();
		if (errors.hasErrors()) {
			return form(model);
		}
		try {
			FeedbackId id = feedback.give(viewer.organizationId(), viewer.personId(), new PersonId(form.recipient()),
					form.accession(), form.kind(), form.message(), form.signed());
			redirect.addFlashAttribute("flash", "feedback.sent");
			return "redirect:/feedback/" + id;
		}
		catch (ResponseStatusException refused) {
			String field = refused.getReason() != null && refused.getReason().endsWith("accession") ? "accession"
					: refused.getReason() != null && refused.getReason().endsWith("kind") ? "kind" : "recipient";
			errors.rejectValue(field, refused.getReason() == null ? "feedback.error.recipient" : refused.getReason());
			return form(model);
		}
	}

	@GetMapping("/feedback/program")
	String program(Model model) {
		Viewer viewer = member();
		viewer.require(Role.PROGRAM_LEAD, Role.QUALITY_COMMITTEE);
		model.addAttribute("threads", feedback.program(viewer.organizationId()));
		model.addAttribute("names", people.members(viewer.organizationId())
			.stream()
			.collect(java.util.stream.Collectors.toMap(m -> m.person().id().value(), m -> m.person().displayName(), (a, b) -> a)));
		return "feedback/program";
	}

	private String form(Model model) {
		Viewer viewer = currentViewer.get();
		List<Person> colleagues = people.members(viewer.organizationId())
			.stream()
			.map(People.Member::person)
			.filter(p -> !p.id().equals(viewer.personId()) && p.active())
			.sorted(Comparator.comparing(Person::familyName, String.CASE_INSENSITIVE_ORDER))
			.toList();
		model.addAttribute("colleagues", colleagues);
		model.addAttribute("kinds", FeedbackKind.DIRECT);
		return "feedback/new";
	}

	private Viewer member() {
		Viewer viewer = currentViewer.get();
		viewer.requireOrganization();
		if (viewer.roles().isEmpty()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return viewer;
	}
}
