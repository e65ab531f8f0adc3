package org.peerlearning.cases.web;

import java.time.Instant;

import org.peerlearning.intake.ExamDetails;

/** What a page shows of an exam to someone who may not see the patient: no identifiers, no author. */
record ExamSummary(String accession, String modality, String bodyPart, String procedure, Instant examAt) {

	static ExamSummary of(ExamDetails exam) {
		return new ExamSummary(exam.accession(), exam.modality(), exam.bodyPart(), exam.procedureDescription(), exam.examAt());
	}
}
