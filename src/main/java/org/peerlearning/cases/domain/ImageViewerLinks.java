package org.peerlearning.cases.domain;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Links that open a study in the organization's image viewer (OHIF, Weasis, a PACS web viewer)
 * without copying images: a URL template with {@code {studyInstanceUid}} and {@code {accession}}
 * placeholders, from {@code peerlearning.viewer.url-template} until program settings hold one per
 * organization. No template, no link.
 */
@Component
public class ImageViewerLinks {

	private final String template;

	public ImageViewerLinks(@Value("${peerlearning.viewer.url-template:}") String template) {
		this.template = template == null ? "" : template.strip();
	}

	public String link(String studyInstanceUid, String accession) {
		if (template.isEmpty()) {
			return null;
		}
		boolean needsUid = template.contains("{studyInstanceUid}");
		boolean needsAccession = template.contains("{accession}");
		if ((needsUid && (studyInstanceUid == null || studyInstanceUid.isBlank()))
				|| (needsAccession && (accession == null || accession.isBlank()))) {
			return null;
		}
		return template.replace("{studyInstanceUid}", encode(studyInstanceUid)).replace("{accession}", encode(accession));
	}

	private static String encode(String value) {
		return value == null ? "" : URLEncoder.encode(value.strip(), StandardCharsets.UTF_8);
	}
}
