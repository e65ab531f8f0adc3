package org.peerlearning.intake.fhir;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import org.hl7.fhir.r4.model.Attachment;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DiagnosticReport;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.ImagingStudy;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.peerlearning.intake.ResultStatus;
import org.peerlearning.intake.domain.ExamMessage;

/**
 * Reads a DiagnosticReport, and the Patient, ImagingStudy and Practitioner it refers to, into the
 * same exam message the HL7 feed produces. References are resolved by the caller (contained
 * resources, or the other entries of a transaction Bundle); a reference that only carries an
 * identifier is read as that identifier. What cannot make an exam (no accession, a status that is no
 * report) is refused with 422.
 */
final class FhirReportReader {

	private final Function<Reference, Optional<Resource>> resolver;

	/** The transaction's only ImagingStudy, when the report itself does not point at one. */
	private final ImagingStudy fallbackStudy;

	FhirReportReader(Function<Reference, Optional<Resource>> resolver, ImagingStudy fallbackStudy) {
		this.resolver = resolver;
		this.fallbackStudy = fallbackStudy;
	}

	ExamMessage read(DiagnosticReport report) {
		ResultStatus status = status(report);
		ImagingStudy study = report.getImagingStudy().stream()
			.map(resolver)
			.flatMap(Optional::stream)
			.filter(ImagingStudy.class::isInstance)
			.map(ImagingStudy.class::cast)
			.findFirst()
			.orElse(fallbackStudy);
		String accession = accession(report.getIdentifier())
			.or(() -> study == null ? Optional.empty() : accession(study.getIdentifier()))
			.or(() -> report.getIdentifier().stream().map(Identifier::getValue).filter(FhirReportReader::present).findFirst())
			.orElseThrow(() -> new UnprocessableEntityException(
					"No accession number: give DiagnosticReport.identifier (type ACSN) or an ImagingStudy accession identifier"));

		Patient patient = resolve(report.getSubject(), Patient.class).orElse(null);
		List<Identifier> patientIds = patient != null ? patient.getIdentifier()
				: report.getSubject().hasIdentifier() ? List.of(report.getSubject().getIdentifier()) : List.of();
		String healthCard = patientIds.stream().filter(i -> FhirSystems.ONTARIO_HEALTH_CARD.equals(i.getSystem()))
			.map(Identifier::getValue).filter(FhirReportReader::present).findFirst().orElse(null);
		String mrn = patientIds.stream().filter(i -> isType(i, FhirSystems.MEDICAL_RECORD))
			.map(Identifier::getValue).filter(FhirReportReader::present).findFirst()
			.or(() -> patientIds.stream().filter(i -> !FhirSystems.ONTARIO_HEALTH_CARD.equals(i.getSystem()))
				.map(Identifier::getValue).filter(FhirReportReader::present).findFirst())
			.orElse(null);
		HumanName name = patient == null || !patient.hasName() ? null : patient.getNameFirstRep();

		Reference interpreter = report.getResultsInterpreter().isEmpty() ? null : report.getResultsInterpreterFirstRep();
		Practitioner radiologist = interpreter == null ? null : resolve(interpreter, Practitioner.class).orElse(null);
		List<Identifier> radiologistIds = radiologist != null ? radiologist.getIdentifier()
				: interpreter != null && interpreter.hasIdentifier() ? List.of(interpreter.getIdentifier()) : List.of();
		String radiologistId = radiologistIds.stream().filter(i -> FhirSystems.CPSO.equals(i.getSystem()))
			.map(Identifier::getValue).filter(FhirReportReader::present).findFirst()
			.or(() -> radiologistIds.stream().map(Identifier::getValue).filter(FhirReportReader::present).findFirst())
			.orElse(null);
		String radiologistName = radiologist != null && radiologist.hasName() ? radiologist.getNameFirstRep().getNameAsSingleString()
				: interpreter != null && interpreter.hasDisplay() ? interpreter.getDisplay() : null;

		Coding procedure = study != null && study.hasProcedureCode() ? study.getProcedureCodeFirstRep().getCodingFirstRep()
				: report.getCode().getCodingFirstRep();
		String procedureText = study != null && study.hasProcedureCode() ? text(study.getProcedureCodeFirstRep())
				: text(report.getCode());
		Instant examAt = report.hasEffectiveDateTimeType() ? report.getEffectiveDateTimeType().getValue().toInstant()
				: report.hasEffectivePeriod() && report.getEffectivePeriod().hasStart()
						? report.getEffectivePeriod().getStart().toInstant()
						: study != null && study.hasStarted() ? study.getStarted().toInstant() : null;
		return new ExamMessage(status == ResultStatus.PENDING ? ExamMessage.Kind.ORDER : ExamMessage.Kind.RESULT, accession.strip(),
				blank(mrn), blank(healthCard), name == null ? null : blank(name.getFamily()),
				name == null ? null : blank(name.getGivenAsSingleString()), birthDate(patient), sex(patient), modality(study),
				bodyPart(study), blank(procedure.getCode()), blank(procedureText), null, examAt,
				report.hasIssued() ? report.getIssued().toInstant() : null, status, studyUid(study), orderingPhysician(study),
				blank(radiologistId), blank(radiologistName), reportText(report));
	}

	private static ResultStatus status(DiagnosticReport report) {
		if (!report.hasStatus()) {
			throw new UnprocessableEntityException("DiagnosticReport.status is required");
		}
		return switch (report.getStatus()) {
			case REGISTERED -> ResultStatus.PENDING;
			case PARTIAL, PRELIMINARY -> ResultStatus.PRELIMINARY;
			case FINAL -> ResultStatus.FINAL;
			case AMENDED, CORRECTED, APPENDED -> ResultStatus.CORRECTED;
			default -> throw new UnprocessableEntityException("DiagnosticReport.status '" + report.getStatus().toCode()
					+ "' is not accepted: use registered, preliminary, final, amended or corrected");
		};
	}

	private <T extends Resource> Optional<T> resolve(Reference reference, Class<T> type) {
		if (reference == null || reference.isEmpty()) {
			return Optional.empty();
		}
		return resolver.apply(reference).filter(type::isInstance).map(type::cast);
	}

	private static Optional<String> accession(List<Identifier> identifiers) {
		return identifiers.stream().filter(i -> isType(i, FhirSystems.ACCESSION)).map(Identifier::getValue)
			.filter(FhirReportReader::present).findFirst();
	}

	private static boolean isType(Identifier identifier, String code) {
		return identifier.hasType() && identifier.getType().getCoding().stream()
			.anyMatch(c -> code.equals(c.getCode()) && (!c.hasSystem() || FhirSystems.IDENTIFIER_TYPE.equals(c.getSystem())));
	}

	private static String reportText(DiagnosticReport report) {
		if (report.hasConclusion() && present(report.getConclusion())) {
			return report.getConclusion();
		}
		return report.getPresentedForm().stream()
			.filter(a -> a.hasData() && (!a.hasContentType() || a.getContentType().toLowerCase(Locale.ROOT).startsWith("text/plain")))
			.map(Attachment::getData)
			.map(data -> new String(data, StandardCharsets.UTF_8))
			.filter(FhirReportReader::present)
			.findFirst()
			.orElse(null);
	}

	private static LocalDate birthDate(Patient patient) {
		// read from the text, not the Date, which the parser placed at midnight in this JVM's zone
		String text = patient == null || !patient.hasBirthDate() ? null : patient.getBirthDateElement().getValueAsString();
		return text != null && text.length() == 10 ? LocalDate.parse(text) : null;
	}

	private static String sex(Patient patient) {
		if (patient == null || !patient.hasGender()) {
			return null;
		}
		return switch (patient.getGender()) {
			case MALE -> "M";
			case FEMALE -> "F";
			case OTHER -> "O";
			default -> "U";
		};
	}

	private static String modality(ImagingStudy study) {
		if (study == null) {
			return null;
		}
		String code = study.hasModality() ? study.getModalityFirstRep().getCode()
				: study.hasSeries() && study.getSeriesFirstRep().hasModality() ? study.getSeriesFirstRep().getModality().getCode() : null;
		return code == null ? null : blank(code.toUpperCase(Locale.ROOT));
	}

	private static String bodyPart(ImagingStudy study) {
		if (study == null || !study.hasSeries() || !study.getSeriesFirstRep().hasBodySite()) {
			return null;
		}
		Coding site = study.getSeriesFirstRep().getBodySite();
		return blank(site.hasDisplay() ? site.getDisplay() : site.getCode());
	}

	private static String studyUid(ImagingStudy study) {
		if (study == null) {
			return null;
		}
		return study.getIdentifier().stream()
			.filter(i -> FhirSystems.DICOM_UID.equals(i.getSystem()) && present(i.getValue()))
			.map(i -> i.getValue().startsWith("urn:oid:") ? i.getValue().substring("urn:oid:".length()) : i.getValue())
			.findFirst()
			.orElse(null);
	}

	private String orderingPhysician(ImagingStudy study) {
		if (study == null || !study.hasReferrer()) {
			return null;
		}
		Reference referrer = study.getReferrer();
		return resolve(referrer, Practitioner.class).filter(Practitioner::hasName)
			.map(p -> p.getNameFirstRep().getNameAsSingleString())
			.or(() -> Optional.ofNullable(blank(referrer.getDisplay())))
			.orElse(null);
	}

	private static String text(CodeableConcept concept) {
		if (concept == null) {
			return null;
		}
		return concept.hasText() ? concept.getText() : concept.getCodingFirstRep().getDisplay();
	}

	private static boolean present(String value) {
		return value != null && !value.isBlank();
	}

	private static String blank(String value) {
		return present(value) ? value.strip() : null;
	}
}
