package org.peerlearning.cases.domain;

import org.peerlearning.organization.OrganizationId;
import org.peerlearning.organization.ReviewProgram;
import org.peerlearning.organization.ViewerUrlTemplate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Links that open a study in the organization's image viewer (OHIF, Weasis, a PACS web viewer)
 * without copying images: the viewer address of the organization's program settings, or, for
 * organizations that set none, {@code peerlearning.viewer.url-template}. Placeholders
 * {@code {studyUid}} (also written {@code {studyInstanceUid}}) and {@code {accession}}; nothing that
 * names the patient. No template, or a placeholder the exam has no value for: no link.
 */
@Component
public class ImageViewerLinks {

	private final String fallback;

	private final ReviewProgram program;

	public ImageViewerLinks(@Value("${peerlearning.viewer.url-template:}") String fallback, ReviewProgram program) {
		this.fallback = fallback == null ? "" : fallback.strip();
		this.program = program;
	}

	public String link(OrganizationId organization, String studyInstanceUid, String accession) {
		String own = program.of(organization).viewerUrlTemplate();
		String template = (own == null || own.isBlank() ? fallback : own.strip()).replace("{studyInstanceUid}", "{studyUid}");
		if (template.isEmpty()) {
			return null;
		}
		if ((template.contains("{studyUid}") && (studyInstanceUid == null || studyInstanceUid.isBlank()))
				|| (template.contains("{accession}") && (accession == null || accession.isBlank()))) {
			return null;
		}
		return ViewerUrlTemplate.expand(template, strip(studyInstanceUid), strip(accession));
	}

	private static String strip(String value) {
		return value == null ? null : value.strip();
	}
}
