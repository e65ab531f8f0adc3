package org.peerlearning.intake;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.peerlearning.identity.PersonId;
import org.peerlearning.intake.domain.ExamQueries;
import org.peerlearning.intake.domain.ExamQueries.Exam;
import org.peerlearning.intake.domain.ExamQueries.Filter;
import org.peerlearning.organization.OrganizationId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The intake module's public face for reading exams: by id, by accession (the PACS context launch)
 * and the same patient's earlier exams (priors shown to a reviewer). Every read is scoped by the
 * organization; auditing the view is the caller's job, since only it knows why it reads.
 */
@Service
public class Exams {

	private final ExamQueries queries;

	private final JdbcClient jdbc;

	Exams(ExamQueries queries, JdbcClient jdbc) {
		this.queries = queries;
		this.jdbc = jdbc;
	}

	public Optional<ExamDetails> find(OrganizationId organization, ExamId id) {
		return queries.find(organization, id).map(Exams::details);
	}

	/** The organization's exams among {@code ids}, by id, without their report text; unknown ids are left out. */
	public Map<ExamId, ExamDetails> findAll(OrganizationId organization, Collection<ExamId> ids) {
		Map<ExamId, ExamDetails> found = new HashMap<>();
		queries.findAll(organization, ids).stream().map(Exams::details).forEach(exam -> found.put(exam.id(), exam));
		return found;
	}

	public Optional<ExamDetails> findByAccession(OrganizationId organization, String accession) {
		if (accession == null || accession.isBlank()) {
			return Optional.empty();
		}
		return queries.search(organization, new Filter(accession.strip(), null, null, null, null), 0, 1)
			.exams()
			.stream()
			.findFirst()
			.flatMap(exam -> find(organization, exam.id()));
	}

	/**
	 * What {@code radiologist} read most recently in the organization, newest first, without the
	 * report text: the list they pick an exam from to submit a case.
	 */
	public List<ExamDetails> readBy(OrganizationId organization, PersonId radiologist, int limit) {
		return queries.readBy(organization, radiologist.value(), limit).stream().map(Exams::details).toList();
	}

	/**
	 * The same patient's signed exams done before this one (matched by MRN within the organization),
	 * newest first.
	 */
	public List<ExamDetails> priors(OrganizationId organization, ExamId exam, int limit) {
		List<java.util.UUID> ids = jdbc.sql("""
				select p.id from exam e join exam p on p.organization_id = e.organization_id and p.patient_mrn = e.patient_mrn
				where e.organization_id = ? and e.id = ? and p.id <> e.id and p.retired_at is null
				  and p.result_status in ('FINAL', 'CORRECTED') and e.patient_mrn is not null
				  and (e.exam_at is null or p.exam_at < e.exam_at)
				order by p.exam_at desc nulls last limit ?""")
			.params(organization.value(), exam.value(), limit)
			.query(java.util.UUID.class)
			.list();
		return ids.stream().map(id -> find(organization, new ExamId(id))).flatMap(Optional::stream).toList();
	}

	private static ExamDetails details(Exam exam) {
		return new ExamDetails(exam.id(), exam.siteId(), exam.accession(), exam.patientMrn(), exam.healthCardNumber(),
				exam.patientFamilyName(), exam.patientGivenName(), exam.birthDate(), exam.modality(), exam.bodyPart(),
				exam.procedureDescription(), exam.examAt(), exam.reportedAt(), exam.status(), exam.studyInstanceUid(),
				exam.readingRadiologistId() == null ? null : new PersonId(exam.readingRadiologistId()), exam.radiologistName(),
				exam.reportText());
	}
}
