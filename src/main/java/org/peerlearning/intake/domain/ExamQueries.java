package org.peerlearning.intake.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.peerlearning.intake.ExamId;
import org.peerlearning.intake.ResultStatus;
import org.peerlearning.organization.OrganizationId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads exams of one organization; every query is scoped by the organization. */
@Component
public class ExamQueries {

	private static final String COLUMNS = """
			id, site_id, accession_number, patient_mrn, health_card_number, patient_family_name, patient_given_name,
			birth_date, sex, modality, body_part, procedure_code, procedure_description, ordered_at, exam_at, reported_at,
			result_status, study_instance_uid, ordering_physician, reading_radiologist_id, radiologist_raw_name""";

	private final JdbcClient jdbc;

	public ExamQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Page search(OrganizationId organization, Filter filter, int page, int size) {
		List<Object> params = new ArrayList<>();
		StringBuilder where = new StringBuilder("organization_id = ? and retired_at is null");
		params.add(organization.value());
		if (filter.accession() != null) {
			where.append(" and accession_number = ?");
			params.add(filter.accession());
		}
		if (filter.modality() != null) {
			where.append(" and modality = ?");
			params.add(filter.modality());
		}
		if (filter.status() != null) {
			where.append(" and result_status = ?");
			params.add(filter.status().name());
		}
		if (filter.from() != null) {
			where.append(" and exam_at >= ?");
			params.add(filter.from().atStartOfDay().atOffset(ZoneOffset.UTC));
		}
		if (filter.to() != null) {
			where.append(" and exam_at < ?");
			params.add(filter.to().plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
		}
		long total = jdbc.sql("select count(*) from exam where " + where).params(params).query(Long.class).single();
		List<Exam> exams = jdbc.sql("select " + COLUMNS + ", null as report_text from exam where " + where
				+ " order by exam_at desc nulls last, id limit " + size + " offset " + ((long) page * size))
			.params(params)
			.query(ExamQueries::exam)
			.list();
		return new Page(exams, page, size, total);
	}

	/**
	 * The organization's exam. Looked up by its key alone, the organization compared here: a plan
	 * cached while the table was small may otherwise reach the row through an index on the
	 * organization and read every exam it has, for every look-up, long after the table has grown.
	 */
	public Optional<Exam> find(OrganizationId organization, ExamId id) {
		return jdbc.sql("select " + COLUMNS + ", report_text, organization_id from exam where id = ? and retired_at is null")
			.param(id.value())
			.query((rs, n) -> organization.value().equals(rs.getObject("organization_id", UUID.class)) ? exam(rs, n) : null)
			.list()
			.stream()
			.filter(Objects::nonNull)
			.findFirst();
	}

	/**
	 * The organization's exams among {@code ids}, without their report text, looked up by key alone
	 * and compared to the organization in code, like {@link #find}.
	 */
	public List<Exam> findAll(OrganizationId organization, Collection<ExamId> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select " + COLUMNS + ", null as report_text, organization_id from exam where id = any(?) and retired_at is null")
			.param(ids.stream().map(ExamId::value).distinct().toArray(UUID[]::new))
			.query((rs, n) -> organization.value().equals(rs.getObject("organization_id", UUID.class)) ? exam(rs, n) : null)
			.list()
			.stream()
			.filter(Objects::nonNull)
			.toList();
	}

	/** The exam of an accession number, with its report text. */
	public Optional<Exam> findByAccession(OrganizationId organization, String accession) {
		return jdbc.sql("select " + COLUMNS + ", report_text from exam where organization_id = ? and accession_number = ? and retired_at is null")
			.params(organization.value(), accession)
			.query(ExamQueries::exam)
			.optional();
	}

	/**
	 * Exams of a patient, newest first, with their report texts: by hospital MRN, by health card
	 * number, or (when the caller does not say which) by either.
	 */
	public List<Exam> findByPatient(OrganizationId organization, PatientIdentifier kind, String value, int limit) {
		String match = switch (kind) {
			case MRN -> "patient_mrn = ?";
			case HEALTH_CARD -> "health_card_number = ?";
			case ANY -> "(patient_mrn = ? or health_card_number = ?)";
		};
		List<Object> params = new ArrayList<>(List.of(organization.value(), value));
		if (kind == PatientIdentifier.ANY) {
			params.add(value);
		}
		return jdbc.sql("select " + COLUMNS + ", report_text from exam where organization_id = ? and " + match
				+ " and retired_at is null order by exam_at desc nulls last, id limit " + limit)
			.params(params)
			.query(ExamQueries::exam)
			.list();
	}

	/** Which of a patient's identifiers a search names. */
	public enum PatientIdentifier {
		MRN, HEALTH_CARD, ANY
	}

	private static Exam exam(ResultSet rs, int row) throws SQLException {
		java.sql.Date birth = rs.getDate("birth_date");
		return new Exam(new ExamId(rs.getObject("id", UUID.class)), rs.getObject("site_id", UUID.class),
				rs.getString("accession_number"), rs.getString("patient_mrn"), rs.getString("health_card_number"),
				rs.getString("patient_family_name"), rs.getString("patient_given_name"), birth == null ? null : birth.toLocalDate(),
				rs.getString("sex"), rs.getString("modality"), rs.getString("body_part"), rs.getString("procedure_code"),
				rs.getString("procedure_description"), ExamRecorder.instant(rs.getTimestamp("ordered_at")),
				ExamRecorder.instant(rs.getTimestamp("exam_at")), ExamRecorder.instant(rs.getTimestamp("reported_at")),
				ResultStatus.valueOf(rs.getString("result_status")), rs.getString("study_instance_uid"),
				rs.getString("ordering_physician"), rs.getObject("reading_radiologist_id", UUID.class),
				rs.getString("radiologist_raw_name"), rs.getString("report_text"));
	}

	/** Optional criteria; nulls match everything. Dates bound the exam date, both inclusive (UTC days). */
	/** The exams a radiologist read most recently (signed or not), without their report text. */
	public List<Exam> readBy(OrganizationId organization, java.util.UUID radiologist, int limit) {
		return jdbc.sql("select " + COLUMNS + ", null as report_text from exam"
				+ " where organization_id = ? and reading_radiologist_id = ? and retired_at is null"
				+ " order by coalesce(reported_at, exam_at) desc nulls last, id limit ?")
			.params(organization.value(), radiologist, limit)
			.query(ExamQueries::exam)
			.list();
	}

	public record Filter(String accession, String modality, ResultStatus status, LocalDate from, LocalDate to) {
	}

	/** One page of exams and how many match in all. */
	public record Page(List<Exam> exams, int page, int size, long total) {
	}

	/** An exam as stored, patient identifiers included: callers decide what to show. */
	public record Exam(ExamId id, UUID siteId, String accession, String patientMrn, String healthCardNumber,
			String patientFamilyName, String patientGivenName, LocalDate birthDate, String sex, String modality, String bodyPart,
			String procedureCode, String procedureDescription, Instant orderedAt, Instant examAt, Instant reportedAt,
			ResultStatus status, String studyInstanceUid, String orderingPhysician, UUID readingRadiologistId,
			String radiologistName, String reportText) {
	}
}
