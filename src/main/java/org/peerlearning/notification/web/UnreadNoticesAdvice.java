package org.peerlearning.notification.web;

import jakarta.servlet.http.HttpServletRequest;
import org.peerlearning.identity.CurrentViewer;
import org.peerlearning.notification.Notifications;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives the layout the number of unread notices, for the link in the header. */
@ControllerAdvice
class UnreadNoticesAdvice {

	private final CurrentViewer currentViewer;

	private final Notifications notifications;

	UnreadNoticesAdvice(CurrentViewer currentViewer, Notifications notifications) {
		this.currentViewer = currentViewer;
		this.notifications = notifications;
	}

	@ModelAttribute("unreadNotices")
	Integer unreadNotices(HttpServletRequest request) {
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			return null;
		}
		return currentViewer.find().map(viewer -> notifications.unread(viewer.personId(), viewer.organizationId())).orElse(null);
	}
}
