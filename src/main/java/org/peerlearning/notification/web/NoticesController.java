package org.peerlearning.notification.web;

import java.time.ZoneId;
import java.util.UUID;

import org.peerlearning.identity.CurrentViewer;
import org.peerlearning.identity.Viewer;
import org.peerlearning.notification.internal.NoticeStore;
import org.peerlearning.notification.internal.StoredNotice;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The person's notices: the list, opening one (which marks it read), marking all read. */
@Controller
class NoticesController {

	static final int SHOWN = 50;

	private final CurrentViewer currentViewer;

	private final NoticeStore store;

	private final ZoneId zone;

	NoticesController(CurrentViewer currentViewer, NoticeStore store,
			@Value("${peerlearning.time-zone:America/Toronto}") ZoneId zone) {
		this.currentViewer = currentViewer;
		this.store = store;
		this.zone = zone;
	}

	@GetMapping("/notifications")
	String list(Model model) {
		Viewer viewer = currentViewer.get();
		model.addAttribute("notices", store.latest(viewer.personId(), viewer.organizationId(), SHOWN));
		model.addAttribute("zone", zone);
		return "notification/notices";
	}

	/** The link of every notice, in the page and in the e-mail: marks it read and goes where it points. */
	@GetMapping("/notifications/{id}")
	String open(@PathVariable UUID id) {
		Viewer viewer = currentViewer.get();
		StoredNotice notice = store.find(id, viewer.personId(), viewer.organizationId())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		store.markRead(id, viewer.personId(), viewer.organizationId());
		return "redirect:" + notice.link();
	}

	@PostMapping("/notifications/read")
	String markAllRead(RedirectAttributes redirect) {
		Viewer viewer = currentViewer.get();
		store.markAllRead(viewer.personId(), viewer.organizationId());
		redirect.addFlashAttribute("flash", "notification.allRead");
		return "redirect:/notifications";
	}
}
