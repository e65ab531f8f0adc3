package org.peerlearning.notification.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.peerlearning.identity.CurrentViewer;
import org.peerlearning.identity.Viewer;
import org.peerlearning.notification.internal.NoticeStore;
import org.peerlearning.notification.internal.StoredNotice;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The caller's notices for integrations (a department portal showing them, for instance). */
@RestController
@RequestMapping("/api/v1/notifications")
class NoticesApi {

	private final CurrentViewer currentViewer;

	private final NoticeStore store;

	NoticesApi(CurrentViewer currentViewer, NoticeStore store) {
		this.currentViewer = currentViewer;
		this.store = store;
	}

	@GetMapping
	NoticeList list() {
		Viewer viewer = currentViewer.get();
		List<NoticeJson> notices = store.latest(viewer.personId(), viewer.organizationId(), NoticesController.SHOWN)
			.stream()
			.map(NoticeJson::of)
			.toList();
		return new NoticeList(store.unreadCount(viewer.personId(), viewer.organizationId()), notices);
	}

	@PostMapping("/{id}/read")
	ResponseEntity<Void> read(@PathVariable UUID id) {
		Viewer viewer = currentViewer.get();
		if (!store.markRead(id, viewer.personId(), viewer.organizationId())) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return ResponseEntity.noContent().build();
	}

	record NoticeList(int unread, List<NoticeJson> notices) {
	}

	record NoticeJson(UUID id, String kind, String link, Instant createdAt, Instant readAt) {

		static NoticeJson of(StoredNotice notice) {
			return new NoticeJson(notice.id(), notice.kind(), notice.link(), notice.createdAt(), notice.readAt());
		}
	}
}
