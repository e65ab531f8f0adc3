package org.peerlearning.intake.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.peerlearning.intake.ResultStatus;
import org.peerlearning.intake.domain.ExamQueries;

/** An exam as the API shows it; {@code patient} and {@code reportText} are left out when not shown. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ExamJson(UUID id, String accession, UUID siteId, String modality, String bodyPart, String procedureCode,
		String procedureDescription, ResultStatus status, Instant orderedAt, Instant examAt, Instant reportedAt,
		String studyInstanceUid, UUID readingRadiologistId, String readingRadiologistName, Patient patient, String reportText) {

	static ExamJson of(ExamQueries.Exam exam, boolean identified, boolean withReport) {
		Patient patient = identified ? new Patient(exam.patientMrn(), exam.healthCardNumber(), exam.patientFamilyName(),
				exam.patientGivenName(), exam.birthDate(), exam.sex()) : null;
		return new ExamJson(exam.id().value(), exam.accession(), exam.siteId(), exam.modality(), exam.bodyPart(),
				exam.procedureCode(), exam.procedureDescription(), exam.status(), exam.orderedAt(), exam.examAt(),
				exam.reportedAt(), exam.studyInstanceUid(), exam.readingRadiologistId(), exam.radiologistName(), patient,
				withReport ? exam.reportText() : null);
	}

	/** The patient's identifiers. */
	record Patient(String mrn, String healthCardNumber, String familyName, String givenName, LocalDate birthDate, String sex) {
	}

	/** A page of exams. */
	record Page(List<ExamJson> items, int page, int size, long total) {
	}
}
