package org.peerlearning.intake;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.peerlearning.identity.PersonId;

/**
 * An exam as other modules read it, patient identifiers included: the caller decides what to show
 * and to whom (a blinded reviewer sees none of them, nor the reading radiologist).
 */
public record ExamDetails(ExamId id, UUID siteId, String accession, String patientMrn, String healthCardNumber,
		String patientFamilyName, String patientGivenName, LocalDate birthDate, String modality, String bodyPart,
		String procedureDescription, Instant examAt, Instant reportedAt, ResultStatus status, String studyInstanceUid,
		PersonId readingRadiologistId, String radiologistName, String reportText) {

	/** The patient's name as "Given Family", or empty when the feed gave none. */
	public String patientName() {
		return ((patientGivenName == null ? "" : patientGivenName) + " " + (patientFamilyName == null ? "" : patientFamilyName))
			.strip();
	}
}
