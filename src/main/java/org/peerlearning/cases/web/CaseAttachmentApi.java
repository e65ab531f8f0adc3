package org.peerlearning.cases.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.peerlearning.cases.CaseAttachment;
import org.peerlearning.cases.CaseAttachments;
import org.peerlearning.cases.Cases;
import org.peerlearning.cases.LearningCase;
import org.peerlearning.cases.UnusableAttachmentException;
import org.peerlearning.identity.CurrentViewer;
import org.peerlearning.identity.Viewer;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Key images through the API: {@code POST} a file (multipart part {@code file}) to add one,
 * {@code GET} the list, then each file and preview by the links given. The same people as on the
 * case page may.
 */
@RestController
@RequestMapping("/api/v1/cases/{id}/attachments")
class CaseAttachmentApi {

	private final CurrentViewer currentViewer;

	private final Cases cases;

	private final CaseAttachments attachments;

	private final MessageSource messages;

	CaseAttachmentApi(CurrentViewer currentViewer, Cases cases, CaseAttachments attachments, MessageSource messages) {
		this.currentViewer = currentViewer;
		this.cases = cases;
		this.attachments = attachments;
		this.messages = messages;
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<AttachmentJson> add(@PathVariable UUID id, @RequestParam MultipartFile file) throws IOException {
		Viewer viewer = currentViewer.get();
		LearningCase learningCase = CaseAttachmentController.visible(cases, viewer, id);
		CaseAttachment added;
		try (InputStream in = file.getInputStream()) {
			added = attachments.add(viewer.organizationId(), learningCase.id(), in, viewer.personId());
		}
		return ResponseEntity.created(URI.create("/api/v1/cases/" + id + "/attachments/" + added.id()))
			.body(AttachmentJson.of(added));
	}

	@GetMapping
	List<AttachmentJson> list(@PathVariable UUID id) {
		Viewer viewer = currentViewer.get();
		LearningCase learningCase = CaseAttachmentController.visible(cases, viewer, id);
		return CaseAttachmentController.forViewer(attachments, viewer, learningCase).stream().map(AttachmentJson::of).toList();
	}

	@GetMapping("/{attachment}")
	ResponseEntity<byte[]> file(@PathVariable UUID id, @PathVariable UUID attachment) {
		Viewer viewer = currentViewer.get();
		LearningCase learningCase = CaseAttachmentController.visible(cases, viewer, id);
		CaseAttachmentController.shown(attachments, viewer, learningCase, attachment);
		return CaseAttachmentController.file(cases, attachments, viewer, learningCase.id(), attachment, "api");
	}

	@GetMapping("/{attachment}/preview")
	ResponseEntity<byte[]> preview(@PathVariable UUID id, @PathVariable UUID attachment) {
		Viewer viewer = currentViewer.get();
		LearningCase learningCase = CaseAttachmentController.visible(cases, viewer, id);
		CaseAttachmentController.shown(attachments, viewer, learningCase, attachment);
		return CaseAttachmentController.preview(attachments, viewer, learningCase.id(), attachment);
	}

	@ExceptionHandler(UnusableAttachmentException.class)
	ProblemDetail unusable(UnusableAttachmentException unusable, Locale locale) {
		HttpStatus status = unusable.reason().endsWith("tooLarge") ? HttpStatus.CONTENT_TOO_LARGE
				: unusable.reason().endsWith("closed") || unusable.reason().endsWith("full") ? HttpStatus.CONFLICT
						: HttpStatus.UNPROCESSABLE_CONTENT;
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
				messages.getMessage(unusable.reason(), new Object[] { attachments.maxBytes() / (1024 * 1024) }, locale));
		problem.setProperty("reason", unusable.getMessage());
		return problem;
	}

	/** A key image as the API gives it: no original name, links to the file and its preview. */
	record AttachmentJson(String id, int number, CaseAttachment.Kind kind, String contentType, long sizeBytes,
			boolean burnedInCheck, boolean awaitingCheck, String modality, Instant createdAt, Map<String, String> links) {

		static AttachmentJson of(CaseAttachment a) {
			String self = "/api/v1/cases/" + a.caseId() + "/attachments/" + a.id();
			Map<String, String> links = a.hasPreview() ? Map.of("file", self, "preview", self + "/preview") : Map.of("file", self);
			return new AttachmentJson(a.id().toString(), a.number(), a.kind(), a.contentType(), a.sizeBytes(), a.burnedInCheck(),
					a.awaitingCheck(), a.modality(), a.createdAt(), links);
		}
	}
}
