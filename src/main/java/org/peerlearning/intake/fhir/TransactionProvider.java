package org.peerlearning.intake.fhir;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import ca.uhn.fhir.rest.annotation.Transaction;
import ca.uhn.fhir.rest.annotation.TransactionParam;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleEntryComponent;
import org.hl7.fhir.r4.model.Bundle.BundleType;
import org.hl7.fhir.r4.model.DiagnosticReport;
import org.hl7.fhir.r4.model.ImagingStudy;
import org.hl7.fhir.r4.model.Resource;
import org.peerlearning.identity.Viewer;
import org.peerlearning.intake.domain.ExamMessage;
import org.peerlearning.intake.domain.ExamSubmissions.Effect;
import org.peerlearning.intake.domain.ExamSubmissions.Submitted;
import org.springframework.stereotype.Component;

/**
 * {@code POST /fhir} with a transaction Bundle: DiagnosticReports with the Patient, ImagingStudy and
 * Practitioner entries they refer to ({@code urn:uuid:} full URLs). Only the reports become exams;
 * the other entries are read as part of them and are not stored on their own. All reports of the
 * Bundle are stored in one database transaction, or none.
 */
@Component
class TransactionProvider {

	private final FhirCaller caller;

	private final FhirReports reports;

	TransactionProvider(FhirCaller caller, FhirReports reports) {
		this.caller = caller;
		this.reports = reports;
	}

	@Transaction
	public Bundle transaction(@TransactionParam Bundle bundle) {
		Viewer viewer = caller.writer();
		if (bundle.getType() != BundleType.TRANSACTION && bundle.getType() != BundleType.BATCH) {
			throw new InvalidRequestException("Send a Bundle of type transaction");
		}
		Map<String, Resource> entries = new HashMap<>();
		List<ImagingStudy> studies = new ArrayList<>();
		for (BundleEntryComponent entry : bundle.getEntry()) {
			if (entry.hasResource()) {
				References.addresses(entry.getFullUrl(), entry.getResource()).forEach(a -> entries.put(a, entry.getResource()));
				if (entry.getResource() instanceof ImagingStudy study) {
					studies.add(study);
				}
			}
		}
		// a Bundle with one study and one report need not link them: the study is that report's
		ImagingStudy onlyStudy = studies.size() == 1 ? studies.get(0) : null;
		List<ExamMessage> messages = new ArrayList<>();
		for (BundleEntryComponent entry : bundle.getEntry()) {
			if (entry.getResource() instanceof DiagnosticReport report) {
				messages.add(new FhirReportReader(References.of(report, entries), onlyStudy).read(report));
			}
		}
		if (messages.isEmpty()) {
			throw new UnprocessableEntityException("The Bundle holds no DiagnosticReport");
		}
		List<Submitted> stored = reports.store(viewer, messages);
		Bundle response = new Bundle().setType(BundleType.TRANSACTIONRESPONSE);
		int next = 0;
		for (BundleEntryComponent entry : bundle.getEntry()) {
			BundleEntryComponent answer = response.addEntry();
			if (entry.getResource() instanceof DiagnosticReport) {
				Submitted submitted = stored.get(next++);
				answer.getResponse()
					.setStatus(submitted.effect() == Effect.CREATED ? "201 Created" : "200 OK")
					.setLocation("DiagnosticReport/" + submitted.exam().value());
			}
			else {
				answer.getResponse().setStatus("200 OK");
			}
		}
		return response;
	}
}
