package org.peerlearning.intake.fhir;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.hl7.fhir.r4.model.DiagnosticReport;
import org.peerlearning.identity.Viewer;
import org.peerlearning.intake.ExamId;
import org.peerlearning.intake.ExamViewed;
import org.peerlearning.intake.ExamsListed;
import org.peerlearning.intake.domain.ExamMessage;
import org.peerlearning.intake.domain.ExamQueries;
import org.peerlearning.intake.domain.ExamQueries.Exam;
import org.peerlearning.intake.domain.ExamQueries.PatientIdentifier;
import org.peerlearning.intake.domain.ExamSubmissions;
import org.peerlearning.intake.domain.ExamSubmissions.Source;
import org.peerlearning.intake.domain.ExamSubmissions.Submitted;
import org.peerlearning.intake.domain.Route;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the FHIR endpoint does with exams: stores reports through the feed's own path, and reads
 * them back for the caller's organization only, auditing every answer that shows patient data.
 */
@Service
class FhirReports {

	/** A search answers at most this many reports (newest first); there is no paging yet. */
	static final int MAX_RESULTS = 100;

	private final ExamSubmissions submissions;

	private final ExamQueries queries;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transaction;

	FhirReports(ExamSubmissions submissions, ExamQueries queries, ApplicationEventPublisher events, TransactionTemplate transaction) {
		this.submissions = submissions;
		this.queries = queries;
		this.events = events;
		this.transaction = transaction;
	}

	/** Stores the reports of one request in one transaction: a transaction Bundle is all or nothing. */
	List<Submitted> store(Viewer viewer, List<ExamMessage> messages) {
		Route route = new Route(viewer.organizationId(), null);
		List<Submitted> stored = transaction.execute(tx -> messages.stream()
			.map(message -> submissions.submit(route, message, Source.FHIR, viewer.personId().value(), null))
			.toList());
		submissions.afterCommit();
		return stored;
	}

	Optional<DiagnosticReport> read(Viewer viewer, UUID id) {
		return transaction.execute(tx -> queries.find(viewer.organizationId(), new ExamId(id)).map(exam -> {
			events.publishEvent(new ExamViewed(viewer.organizationId().value(), viewer.personId().value(), exam.id().value()));
			return FhirReportWriter.write(exam);
		}));
	}

	List<DiagnosticReport> byAccession(Viewer viewer, String accession) {
		return listed(viewer, "fhir identifier", () -> queries.findByAccession(viewer.organizationId(), accession).stream().toList());
	}

	List<DiagnosticReport> byPatient(Viewer viewer, PatientIdentifier kind, String value) {
		return listed(viewer, "fhir patient.identifier",
				() -> queries.findByPatient(viewer.organizationId(), kind, value, MAX_RESULTS));
	}

	private List<DiagnosticReport> listed(Viewer viewer, String query, java.util.function.Supplier<List<Exam>> search) {
		return transaction.execute(tx -> {
			List<Exam> exams = search.get();
			if (!exams.isEmpty()) {
				events.publishEvent(new ExamsListed(viewer.organizationId().value(), viewer.personId().value(), exams.size(), query));
			}
			return exams.stream().map(FhirReportWriter::write).toList();
		});
	}
}
