package org.peerlearning.intake.domain;

import java.time.Instant;
import java.time.LocalDate;

import org.peerlearning.intake.ResultStatus;

/**
 * What one order or result message says about one exam, read from the feed and independent of the
 * feed's format.
 *
 * @param status for a result, the report's status; for an order, {@link ResultStatus#PENDING}
 * @param radiologistRawId the reading radiologist's identifier as the feed gives it
 */
public record ExamMessage(Kind kind, String accession, String patientMrn, String healthCardNumber, String patientFamilyName,
		String patientGivenName, LocalDate birthDate, String sex, String modality, String bodyPart, String procedureCode,
		String procedureDescription, Instant orderedAt, Instant examAt, Instant reportedAt, ResultStatus status,
		String studyInstanceUid, String orderingPhysician, String radiologistRawId, String radiologistRawName,
		String reportText) {

	/** An order announces an exam; a result carries its report. */
	public enum Kind {
		ORDER, RESULT
	}

	public boolean hasReport() {
		return reportText != null && !reportText.isBlank();
	}
}
