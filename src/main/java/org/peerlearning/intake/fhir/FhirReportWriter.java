package org.peerlearning.intake.fhir;

import java.util.Date;

import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.DiagnosticReport;
import org.hl7.fhir.r4.model.DiagnosticReport.DiagnosticReportStatus;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.ImagingStudy;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.peerlearning.intake.domain.ExamQueries.Exam;

/**
 * Writes a stored exam as a DiagnosticReport whose id is the exam's id, with the patient and the
 * imaging study contained (they are not separate resources of this server). The body part is
 * not written: R4 keeps it on a series, and the exam knows no series.
 */
final class FhirReportWriter {

	private FhirReportWriter() {
	}

	static DiagnosticReport write(Exam exam) {
		DiagnosticReport report = new DiagnosticReport();
		report.setId(exam.id().value().toString());
		report.addIdentifier(accession(exam.accession()));
		report.setStatus(switch (exam.status()) {
			case PENDING -> DiagnosticReportStatus.REGISTERED;
			case PRELIMINARY -> DiagnosticReportStatus.PRELIMINARY;
			case FINAL -> DiagnosticReportStatus.FINAL;
			case CORRECTED -> DiagnosticReportStatus.CORRECTED;
		});
		report.addCategory(new CodeableConcept(new Coding("http://terminology.hl7.org/CodeSystem/v2-0074", "RAD", "Radiology")));
		CodeableConcept procedure = new CodeableConcept();
		if (exam.procedureCode() != null) {
			procedure.addCoding().setCode(exam.procedureCode()).setDisplay(exam.procedureDescription());
		}
		procedure.setText(exam.procedureDescription());
		report.setCode(procedure);

		Patient patient = new Patient();
		patient.setId("patient");
		if (exam.patientMrn() != null) {
			patient.addIdentifier().setType(new CodeableConcept(new Coding(FhirSystems.IDENTIFIER_TYPE, FhirSystems.MEDICAL_RECORD, null)))
				.setValue(exam.patientMrn());
		}
		if (exam.healthCardNumber() != null) {
			patient.addIdentifier().setSystem(FhirSystems.ONTARIO_HEALTH_CARD).setValue(exam.healthCardNumber());
		}
		if (exam.patientFamilyName() != null || exam.patientGivenName() != null) {
			patient.addName().setFamily(exam.patientFamilyName()).addGiven(exam.patientGivenName());
		}
		if (exam.birthDate() != null) {
			patient.setBirthDateElement(new DateType(exam.birthDate().toString()));
		}
		if (exam.sex() != null) {
			patient.setGender(switch (exam.sex()) {
				case "M" -> AdministrativeGender.MALE;
				case "F" -> AdministrativeGender.FEMALE;
				case "O" -> AdministrativeGender.OTHER;
				default -> AdministrativeGender.UNKNOWN;
			});
		}
		report.addContained(patient);
		report.setSubject(new Reference("#patient"));

		ImagingStudy study = new ImagingStudy();
		study.setId("study");
		study.setStatus(ImagingStudy.ImagingStudyStatus.AVAILABLE);
		study.setSubject(new Reference("#patient"));
		study.addIdentifier(accession(exam.accession()));
		if (exam.studyInstanceUid() != null) {
			study.addIdentifier().setSystem(FhirSystems.DICOM_UID).setValue("urn:oid:" + exam.studyInstanceUid());
		}
		if (exam.modality() != null) {
			study.addModality(new Coding(FhirSystems.DICOM_MODALITY, exam.modality(), null));
		}
		if (exam.procedureCode() != null || exam.procedureDescription() != null) {
			study.addProcedureCode(procedure.copy());
		}
		if (exam.examAt() != null) {
			study.setStarted(Date.from(exam.examAt()));
		}
		if (exam.orderingPhysician() != null) {
			study.setReferrer(new Reference().setDisplay(exam.orderingPhysician()));
		}
		report.addContained(study);
		report.addImagingStudy(new Reference("#study"));

		if (exam.examAt() != null) {
			report.setEffective(new DateTimeType(Date.from(exam.examAt())));
		}
		if (exam.reportedAt() != null) {
			report.setIssued(Date.from(exam.reportedAt()));
		}
		if (exam.radiologistName() != null) {
			report.addResultsInterpreter(new Reference().setDisplay(exam.radiologistName()));
		}
		report.setConclusion(exam.reportText());
		return report;
	}

	private static Identifier accession(String value) {
		return new Identifier().setType(new CodeableConcept(new Coding(FhirSystems.IDENTIFIER_TYPE, FhirSystems.ACCESSION, null)))
			.setValue(value);
	}
}
