package org.peerlearning.cases.web;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.peerlearning.identity.CurrentViewer;
import org.peerlearning.identity.Viewer;
import org.peerlearning.organization.DiscrepancyCategory;
import org.peerlearning.organization.ReviewProgramAdministration;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.annotation.RequestScope;

/**
 * Names of discrepancy categories for pages ({@code ${@categoryLabels.label(code)}}): the label the
 * current organization gave the category in its taxonomy (retired ones too, for older cases), in
 * the page's language; for a code the taxonomy never held, the built-in name, else the code
 * itself. Read once per request.
 */
@Component("categoryLabels")
@RequestScope
public class CategoryLabels {

	private final CurrentViewer currentViewer;

	private final ReviewProgramAdministration program;

	private final MessageSource messages;

	private Map<String, DiscrepancyCategory> taxonomy;

	CategoryLabels(CurrentViewer currentViewer, ReviewProgramAdministration program, MessageSource messages) {
		this.currentViewer = currentViewer;
		this.program = program;
		this.messages = messages;
	}

	public String label(String code) {
		Locale locale = LocaleContextHolder.getLocale();
		DiscrepancyCategory category = taxonomy().get(code);
		if (category != null) {
			return category.label(locale);
		}
		return messages.getMessage("cases.category." + code, null, code, locale);
	}

	private Map<String, DiscrepancyCategory> taxonomy() {
		if (taxonomy == null) {
			taxonomy = new HashMap<>();
			Viewer viewer = currentViewer.get();
			if (viewer.organizationId() != null) {
				program.settings(viewer.organizationId()).categories().forEach(c -> taxonomy.put(c.code(), c));
			}
		}
		return taxonomy;
	}
}
