package org.peerlearning.intake.fhir;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import ca.uhn.fhir.rest.annotation.Create;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.RequiredParam;
import ca.uhn.fhir.rest.annotation.ResourceParam;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.api.MethodOutcome;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import org.hl7.fhir.r4.model.DiagnosticReport;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Patient;
import org.peerlearning.identity.Viewer;
import org.peerlearning.intake.domain.ExamQueries.PatientIdentifier;
import org.peerlearning.intake.domain.ExamSubmissions.Effect;
import org.peerlearning.intake.domain.ExamSubmissions.Submitted;
import org.springframework.stereotype.Component;

/**
 * {@code /fhir/DiagnosticReport}: create (with the patient, imaging study and radiologist contained
 * or named by identifier), read by id (the exam's id), and search by accession
 * ({@code identifier}) or by patient identifier ({@code patient.identifier},
 * {@code subject:Patient.identifier}).
 */
@Component
class DiagnosticReportProvider implements IResourceProvider {

	private final FhirCaller caller;

	private final FhirReports reports;

	DiagnosticReportProvider(FhirCaller caller, FhirReports reports) {
		this.caller = caller;
		this.reports = reports;
	}

	@Override
	public Class<DiagnosticReport> getResourceType() {
		return DiagnosticReport.class;
	}

	/** 201 when the report made a new exam, 200 when it updated one or was already applied. */
	@Create
	public MethodOutcome create(@ResourceParam DiagnosticReport report) {
		Viewer viewer = caller.writer();
		var message = new FhirReportReader(References.of(report, Map.of()), null).read(report);
		Submitted submitted = reports.store(viewer, List.of(message)).get(0);
		MethodOutcome outcome = new MethodOutcome(new IdType("DiagnosticReport", submitted.exam().value().toString()));
		outcome.setCreated(submitted.effect() == Effect.CREATED);
		return outcome;
	}

	@Read
	public DiagnosticReport read(@IdParam IdType id) {
		Viewer viewer = caller.reader();
		UUID exam;
		try {
			exam = UUID.fromString(id.getIdPart());
		}
		catch (IllegalArgumentException notOurs) {
			throw new ResourceNotFoundException(id);
		}
		return reports.read(viewer, exam).orElseThrow(() -> new ResourceNotFoundException(id));
	}

	@Search
	public List<DiagnosticReport> byIdentifier(@RequiredParam(name = DiagnosticReport.SP_IDENTIFIER) TokenParam identifier) {
		Viewer viewer = caller.reader();
		if (identifier.getValue() == null || identifier.getValue().isBlank()) {
			throw new InvalidRequestException("identifier needs a value");
		}
		return reports.byAccession(viewer, identifier.getValue().strip());
	}

	@Search
	public List<DiagnosticReport> byPatient(
			@RequiredParam(name = DiagnosticReport.SP_PATIENT, chainWhitelist = { Patient.SP_IDENTIFIER }) ReferenceParam patient) {
		return patientSearch(patient);
	}

	@Search
	public List<DiagnosticReport> bySubject(@RequiredParam(name = DiagnosticReport.SP_SUBJECT, targetTypes = Patient.class,
			chainWhitelist = { Patient.SP_IDENTIFIER }) ReferenceParam subject) {
		return patientSearch(subject);
	}

	private List<DiagnosticReport> patientSearch(ReferenceParam reference) {
		Viewer viewer = caller.reader();
		if (!Patient.SP_IDENTIFIER.equals(reference.getChain())) {
			throw new InvalidRequestException("Search patients by identifier: patient.identifier=[system|]value");
		}
		String token = reference.getValue();
		int bar = token == null ? -1 : token.indexOf('|');
		String system = bar < 0 ? null : token.substring(0, bar);
		String value = bar < 0 ? token : token.substring(bar + 1);
		if (value == null || value.isBlank()) {
			throw new InvalidRequestException("patient.identifier needs a value");
		}
		PatientIdentifier kind = system == null || system.isEmpty() ? PatientIdentifier.ANY
				: FhirSystems.ONTARIO_HEALTH_CARD.equals(system) ? PatientIdentifier.HEALTH_CARD : PatientIdentifier.MRN;
		return reports.byPatient(viewer, kind, value.strip());
	}
}
