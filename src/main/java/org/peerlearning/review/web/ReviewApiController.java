package org.peerlearning.review.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.peerlearning.cases.BlindedExam;
import org.peerlearning.cases.CaseState;
import org.peerlearning.cases.Cases;
import org.peerlearning.identity.CurrentViewer;
import org.peerlearning.identity.Viewer;
import org.peerlearning.review.Assignment;
import org.peerlearning.review.ReviewAssignments;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's open review assignments, blinded exactly as the reviewer's pages are: no author, no
 * submitter, no patient identifiers. Each answer is a view of the cases and is audited.
 */
@RestController
class ReviewApiController {

	private final CurrentViewer currentViewer;

	private final ReviewAssignments assignments;

	private final Cases cases;

	ReviewApiController(CurrentViewer currentViewer, ReviewAssignments assignments, Cases cases) {
		this.currentViewer = currentViewer;
		this.assignments = assignments;
		this.cases = cases;
	}

	@GetMapping("/api/v1/reviews/assigned")
	List<AssignedJson> assigned() {
		Viewer viewer = currentViewer.get();
		viewer.requireOrganization();
		return assignments.openFor(viewer.organizationId(), viewer.personId()).stream().map(a -> {
			BlindedExam exam = cases.blindedExam(viewer.organizationId(), a.caseId());
			CaseState state = cases.get(viewer.organizationId(), a.caseId()).state();
			cases.viewed(viewer.organizationId(), a.caseId(), viewer.personId(), "api");
			return AssignedJson.of(a, exam, state);
		}).toList();
	}

	record AssignedJson(String caseId, String assignmentId, LocalDate due, String modality, String bodyPart, Instant examDate,
			String procedure, String maskedReport, CaseState state, Map<String, String> links) {

		static AssignedJson of(Assignment assignment, BlindedExam exam, CaseState state) {
			Map<String, String> links = new LinkedHashMap<>();
			links.put("review", "/reviews/" + assignment.id());
			if (exam.viewerUrl() != null) {
				links.put("images", exam.viewerUrl());
			}
			return new AssignedJson(assignment.caseId().toString(), assignment.id().toString(), assignment.due(), exam.modality(),
					exam.bodyPart(), exam.examAt(), exam.procedure(), exam.maskedReport(), state, links);
		}
	}
}
