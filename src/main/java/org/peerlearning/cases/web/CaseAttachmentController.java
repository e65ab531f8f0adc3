package org.peerlearning.cases.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.UUID;

import org.peerlearning.cases.CaseAttachment;
import org.peerlearning.cases.CaseAttachments;
import org.peerlearning.cases.CaseId;
import org.peerlearning.cases.Cases;
import org.peerlearning.cases.LearningCase;
import org.peerlearning.cases.UnusableAttachmentException;
import org.peerlearning.identity.CurrentViewer;
import org.peerlearning.identity.Role;
import org.peerlearning.identity.Viewer;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Key images on the case page: whoever may see the case may add one (while it is open), look at
 * the previews and download the de-identified files. Each download is recorded as an access to the
 * case.
 */
@Controller
class CaseAttachmentController {

	private final CurrentViewer currentViewer;

	private final Cases cases;

	private final CaseAttachments attachments;

	CaseAttachmentController(CurrentViewer currentViewer, Cases cases, CaseAttachments attachments) {
		this.currentViewer = currentViewer;
		this.cases = cases;
		this.attachments = attachments;
	}

	@PostMapping("/cases/{id}/attachments")
	String add(@PathVariable UUID id, @RequestParam(required = false) MultipartFile file, RedirectAttributes redirect)
			throws IOException {
		Viewer viewer = currentViewer.get();
		LearningCase learningCase = visible(cases, viewer, id);
		if (file == null || file.isEmpty()) {
			redirect.addFlashAttribute("problem", "cases.attachment.error.empty");
			redirect.addFlashAttribute("problemArgs", List.of("", ""));
			return "redirect:/cases/" + id + "#attachments";
		}
		try (InputStream in = file.getInputStream()) {
			attachments.add(viewer.organizationId(), learningCase.id(), in, viewer.personId());
			redirect.addFlashAttribute("flash", "cases.attachment.added");
		}
		catch (UnusableAttachmentException unusable) {
			redirect.addFlashAttribute("problem", unusable.reason());
			redirect.addFlashAttribute("problemArgs", List.of(attachments.maxBytes() / (1024 * 1024), CaseAttachments.MAX_PER_CASE));
		}
		return "redirect:/cases/" + id + "#attachments";
	}

	@GetMapping("/cases/{id}/attachments/{attachment}")
	ResponseEntity<byte[]> download(@PathVariable UUID id, @PathVariable UUID attachment) {
		Viewer viewer = currentViewer.get();
		LearningCase learningCase = visible(cases, viewer, id);
		shown(attachments, viewer, learningCase, attachment);
		return file(cases, attachments, viewer, learningCase.id(), attachment, "attachment");
	}

	@GetMapping("/cases/{id}/attachments/{attachment}/preview")
	ResponseEntity<byte[]> preview(@PathVariable UUID id, @PathVariable UUID attachment) {
		Viewer viewer = currentViewer.get();
		LearningCase learningCase = visible(cases, viewer, id);
		shown(attachments, viewer, learningCase, attachment);
		return preview(attachments, viewer, learningCase.id(), attachment);
	}

	/** The lead looked at a flagged image and found no burned-in identity: reviewers may see it. */
	@PostMapping("/cases/{id}/attachments/{attachment}/checked")
	String checked(@PathVariable UUID id, @PathVariable UUID attachment, RedirectAttributes redirect) {
		Viewer viewer = currentViewer.get();
		LearningCase learningCase = visible(cases, viewer, id);
		viewer.require(Role.PROGRAM_LEAD);
		attachments.find(viewer.organizationId(), learningCase.id(), attachment)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		attachments.markChecked(viewer.organizationId(), learningCase.id(), attachment, viewer.personId());
		redirect.addFlashAttribute("flash", "cases.attachment.checkedDone");
		return "redirect:/cases/" + id + "#attachments";
	}

	/** The images this viewer may see: all for the lead and the submitter, cleared ones for the blinded committee. */
	static List<CaseAttachment> forViewer(CaseAttachments attachments, Viewer viewer, LearningCase learningCase) {
		return CaseAccess.of(viewer, learningCase) == CaseAccess.COMMITTEE
				? attachments.clearedForReview(viewer.organizationId(), learningCase.id())
				: attachments.of(viewer.organizationId(), learningCase.id());
	}

	/** A 404 for an image this viewer may not see, as for one that does not exist. */
	static void shown(CaseAttachments attachments, Viewer viewer, LearningCase learningCase, UUID attachment) {
		if (forViewer(attachments, viewer, learningCase).stream().noneMatch(a -> a.id().equals(attachment))) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
	}

	/** The case if this viewer may see it; a 404 otherwise. */
	static LearningCase visible(Cases cases, Viewer viewer, UUID id) {
		viewer.requireOrganization();
		LearningCase learningCase = cases.get(viewer.organizationId(), new CaseId(id));
		if (CaseAccess.of(viewer, learningCase) == CaseAccess.NONE) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return learningCase;
	}

	/** A stored file as a download, recorded in the audit trail as {@code how} access to the case. */
	static ResponseEntity<byte[]> file(Cases cases, CaseAttachments attachments, Viewer viewer, CaseId caseId, UUID id, String how) {
		CaseAttachment found = attachments.find(viewer.organizationId(), caseId, id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		byte[] content = attachments.content(viewer.organizationId(), caseId, id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		cases.viewed(viewer.organizationId(), caseId, viewer.personId(), how);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(found.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(found.fileName()).build().toString())
			.cacheControl(CacheControl.noStore())
			.body(content);
	}

	static ResponseEntity<byte[]> preview(CaseAttachments attachments, Viewer viewer, CaseId caseId, UUID id) {
		byte[] png = attachments.preview(viewer.organizationId(), caseId, id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).cacheControl(CacheControl.noStore()).body(png);
	}
}
