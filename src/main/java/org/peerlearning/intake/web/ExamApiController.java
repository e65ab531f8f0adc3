package org.peerlearning.intake.web;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import org.peerlearning.identity.CurrentViewer;
import org.peerlearning.identity.Role;
import org.peerlearning.identity.Viewer;
import org.peerlearning.intake.ExamId;
import org.peerlearning.intake.ResultStatus;
import org.peerlearning.intake.domain.ExamQueries.Filter;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Exams of the caller's current organization. Patient identifiers (MRN, health card, name, birth
 * date, sex) are shown only to program leads and administrators, who need them to find and triage
 * cases; radiologists find exams by accession and see no identifiers in lists. The report text is
 * only in the single-exam answer. Every answer that shows patient data is audited.
 */
@RestController
@RequestMapping("/api/v1/exams")
class ExamApiController {

	private static final int MAX_SIZE = 100;

	private final CurrentViewer currentViewer;

	private final ExamReading reading;

	ExamApiController(CurrentViewer currentViewer, ExamReading reading) {
		this.currentViewer = currentViewer;
		this.reading = reading;
	}

	@GetMapping
	ExamJson.Page list(@RequestParam(required = false) String accession, @RequestParam(required = false) String modality,
			@RequestParam(required = false) ResultStatus status,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		Viewer viewer = allowed();
		if (page < 0 || size < 1 || size > MAX_SIZE) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "page must be 0 or more and size between 1 and " + MAX_SIZE);
		}
		Filter filter = new Filter(blankToNull(accession), modality == null || modality.isBlank() ? null
				: modality.strip().toUpperCase(Locale.ROOT), status, from, to);
		return reading.list(viewer, filter, page, size);
	}

	@GetMapping("/{id}")
	ExamJson one(@PathVariable UUID id) {
		Viewer viewer = allowed();
		return reading.one(viewer, new ExamId(id)).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private Viewer allowed() {
		Viewer viewer = currentViewer.get();
		viewer.requireOrganization();
		if (!viewer.administers()) {
			viewer.require(Role.RADIOLOGIST, Role.PROGRAM_LEAD, Role.QUALITY_COMMITTEE, Role.TECHNOLOGIST);
		}
		return viewer;
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
