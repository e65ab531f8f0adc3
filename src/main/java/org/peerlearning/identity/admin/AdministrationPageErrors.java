package org.peerlearning.identity.admin;

import org.peerlearning.identity.CurrentViewer;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Shows the friendly error pages for the administration pages. Without it the application-wide
 * problem-detail handling would answer a browser's 404 (an id of another organization) with JSON.
 */
@ControllerAdvice(assignableTypes = { AdminOverviewController.class, OrganizationsAdminController.class,
		SitesAdminController.class, SettingsAdminController.class, PeopleAdminController.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class AdministrationPageErrors {

	private final CurrentViewer currentViewer;

	AdministrationPageErrors(CurrentViewer currentViewer) {
		this.currentViewer = currentViewer;
	}

	@ExceptionHandler(ResponseStatusException.class)
	ModelAndView refused(ResponseStatusException exception) {
		HttpStatusCode status = exception.getStatusCode();
		ModelAndView page = new ModelAndView(status.value() == 404 ? "error/404" : "error");
		page.setStatus(status);
		page.addObject("status", status.value());
		page.addObject("viewer", currentViewer.find().orElse(null));
		return page;
	}
}
