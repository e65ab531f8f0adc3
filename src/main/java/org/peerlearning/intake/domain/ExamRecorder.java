package org.peerlearning.intake.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.peerlearning.identity.PersonId;
import org.peerlearning.intake.ExamId;
import org.peerlearning.intake.ExamReported;
import org.peerlearning.intake.ResultStatus;
import org.peerlearning.organization.SiteId;
import org.peerlearning.platform.database.MultiRowInsert;
import org.peerlearning.platform.database.TableStatistics;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import static org.peerlearning.intake.domain.RadiologistResolver.cut;

/**
 * Applies what a message says to the exam of its accession, inside the caller's transaction.
 * Reports only move forward: a preliminary arriving after the final is stored as a message but
 * changes nothing; a signed report whose text changes becomes {@code CORRECTED}. Every report
 * text or status that is replaced is kept in {@code exam_report_version}. A signed report that is
 * new or changed publishes {@link ExamReported}.
 */
@Component
public class ExamRecorder {

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private static final String INSERT = """
			insert into exam (id, organization_id, site_id, accession_number, patient_mrn, health_card_number,
			    patient_family_name, patient_given_name, birth_date, sex, modality, body_part, procedure_code,
			    procedure_description, ordered_at, exam_at, reported_at, result_status, study_instance_uid,
			    ordering_physician, reading_radiologist_id, radiologist_raw_id, radiologist_raw_name, report_text)
			values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
			on conflict (organization_id, accession_number) do nothing""";

	private final RadiologistResolver radiologists;

	/** The inserts of {@link #applyAll}: one statement for all the new accessions of a group. */
	private static final MultiRowInsert INSERT_ALL = new MultiRowInsert("exam",
			List.of("id uuid", "organization_id uuid", "site_id uuid", "accession_number varchar", "patient_mrn varchar",
					"health_card_number varchar", "patient_family_name varchar", "patient_given_name varchar", "birth_date date",
					"sex varchar", "modality varchar", "body_part varchar", "procedure_code varchar", "procedure_description varchar",
					"ordered_at timestamptz", "exam_at timestamptz", "reported_at timestamptz", "result_status varchar",
					"study_instance_uid varchar", "ordering_physician varchar", "reading_radiologist_id uuid",
					"radiologist_raw_id varchar", "radiologist_raw_name varchar", "report_text text"),
			"on conflict (organization_id, accession_number) do nothing");

	private final TableStatistics statistics;

	public ExamRecorder(JdbcClient jdbc, ApplicationEventPublisher events, RadiologistResolver radiologists,
			TableStatistics statistics) {
		this.jdbc = jdbc;
		this.events = events;
		this.radiologists = radiologists;
		this.statistics = statistics;
	}

	public ExamId apply(Route route, ExamMessage message, UUID messageId) {
		PersonId radiologist = radiologists.resolve(route.organizationId(), message.radiologistRawId(),
				message.radiologistRawName());
		UUID candidate = UUID.randomUUID();
		Optional<UUID> inserted = jdbc.sql(INSERT + " returning id")
			.params(insertArguments(candidate, route, message, radiologist))
			.query(UUID.class)
			.optional();
		if (inserted.isPresent()) {
			ExamId exam = new ExamId(inserted.get());
			if (message.status().signed()) {
				publish(route, exam, message, radiologist, message.reportedAt());
			}
			return exam;
		}
		return update(route, message, messageId, radiologist);
	}

	/**
	 * Applies several messages in the caller's transaction, with the same outcome as {@link #apply}
	 * called for each in order, and answers their exams in that order. Accessions not stored yet are
	 * inserted by one statement (see {@link MultiRowInsert}); the rest, and the later messages of an
	 * accession the batch inserted, are then applied one by one in order, so a message is always
	 * applied after the earlier ones of its accession.
	 */
	public List<ExamId> applyAll(List<Application> applications) {
		if (applications.size() < 2) {
			return applications.stream().map(a -> apply(a.route(), a.message(), a.messageId())).toList();
		}
		List<PersonId> readers = new ArrayList<>(applications.size());
		List<UUID> candidates = new ArrayList<>(applications.size());
		List<Object[]> rows = new ArrayList<>(applications.size());
		for (Application application : applications) {
			ExamMessage message = application.message();
			PersonId radiologist = radiologists.resolve(application.route().organizationId(), message.radiologistRawId(),
					message.radiologistRawName());
			UUID candidate = UUID.randomUUID();
			readers.add(radiologist);
			candidates.add(candidate);
			rows.add(insertArguments(candidate, application.route(), message, radiologist));
		}
		Set<UUID> inserted = INSERT_ALL.inserted(jdbc, rows);
		statistics.writing("exam", inserted.size());
		List<ExamId> exams = new ArrayList<>(applications.size());
		for (int i = 0; i < applications.size(); i++) {
			Application application = applications.get(i);
			ExamMessage message = application.message();
			if (inserted.contains(candidates.get(i))) {
				ExamId exam = new ExamId(candidates.get(i));
				if (message.status().signed()) {
					publish(application.route(), exam, message, readers.get(i), message.reportedAt());
				}
				exams.add(exam);
			}
			else {
				exams.add(null);
			}
		}
		for (int i = 0; i < applications.size(); i++) {
			if (exams.get(i) == null) {
				Application application = applications.get(i);
				exams.set(i, update(application.route(), application.message(), application.messageId(), readers.get(i)));
			}
		}
		return exams;
	}

	private static Object[] insertArguments(UUID candidate, Route route, ExamMessage message, PersonId radiologist) {
		return new Object[] { candidate, route.organizationId().value(), route.siteId() == null ? null : route.siteId().value(),
				cut(message.accession(), 64), cut(message.patientMrn(), 64), cut(message.healthCardNumber(), 20),
				cut(message.patientFamilyName(), 100), cut(message.patientGivenName(), 100), message.birthDate(),
				cut(message.sex(), 1), cut(message.modality(), 16), cut(message.bodyPart(), 64), cut(message.procedureCode(), 64),
				cut(message.procedureDescription(), 250), time(message.orderedAt()), time(message.examAt()),
				time(message.reportedAt()), message.status().name(), message.studyInstanceUid(),
				cut(message.orderingPhysician(), 250), radiologist == null ? null : radiologist.value(),
				cut(message.radiologistRawId(), 64), cut(message.radiologistRawName(), 250), message.reportText() };
	}

	private ExamId update(Route route, ExamMessage message, UUID messageId, PersonId radiologist) {
		Current current = jdbc.sql("""
				select id, result_status, report_text, reading_radiologist_id, radiologist_raw_id, radiologist_raw_name,
				       reported_at
				from exam where organization_id = ? and accession_number = ? for update""")
			.params(route.organizationId().value(), cut(message.accession(), 64))
			.query((rs, n) -> new Current(rs.getObject("id", UUID.class), ResultStatus.valueOf(rs.getString("result_status")),
					rs.getString("report_text"), rs.getObject("reading_radiologist_id", UUID.class),
					rs.getString("radiologist_raw_id"), rs.getString("radiologist_raw_name"),
					instant(rs.getTimestamp("reported_at"))))
			.single();
		ExamId exam = new ExamId(current.id());

		boolean reportMessage = message.kind() == ExamMessage.Kind.RESULT && message.status().rank() >= current.status().rank()
				&& message.status() != ResultStatus.PENDING;
		boolean textChanged = reportMessage && message.hasReport() && !Objects.equals(message.reportText(), current.text());
		ResultStatus status = current.status();
		if (reportMessage) {
			status = current.status().signed() && message.status() == ResultStatus.FINAL && textChanged ? ResultStatus.CORRECTED
					: message.status();
		}
		boolean changed = reportMessage && (textChanged || status != current.status());
		if (changed && (current.text() != null || current.status() != ResultStatus.PENDING)) {
			jdbc.sql("""
					insert into exam_report_version (id, organization_id, exam_id, version, result_status, report_text,
					    reading_radiologist_id, radiologist_raw_id, reported_at, hl7_message_id)
					values (?, ?, ?, (select coalesce(max(version), 0) + 1 from exam_report_version where exam_id = ?),
					    ?, ?, ?, ?, ?, ?)""")
				.params(UUID.randomUUID(), route.organizationId().value(), current.id(), current.id(), current.status().name(),
						current.text(), current.radiologistId(), current.radiologistRawId(), time(current.reportedAt()), messageId)
				.update();
		}
		boolean newReader = changed && message.radiologistRawId() != null;
		String text = changed && message.hasReport() ? message.reportText() : current.text();
		Instant reportedAt = changed ? Optional.ofNullable(message.reportedAt()).orElse(current.reportedAt()) : current.reportedAt();
		UUID readerId = newReader ? (radiologist == null ? null : radiologist.value()) : current.radiologistId();
		Facts facts = jdbc.sql("""
				update exam set site_id = coalesce(?, site_id), patient_mrn = coalesce(?, patient_mrn),
				    health_card_number = coalesce(?, health_card_number), patient_family_name = coalesce(?, patient_family_name),
				    patient_given_name = coalesce(?, patient_given_name), birth_date = coalesce(?, birth_date),
				    sex = coalesce(?, sex), modality = coalesce(?, modality), body_part = coalesce(?, body_part),
				    procedure_code = coalesce(?, procedure_code), procedure_description = coalesce(?, procedure_description),
				    ordered_at = coalesce(?, ordered_at), exam_at = coalesce(?, exam_at),
				    study_instance_uid = coalesce(?, study_instance_uid), ordering_physician = coalesce(?, ordering_physician),
				    result_status = ?, report_text = ?, reported_at = ?, reading_radiologist_id = ?,
				    radiologist_raw_id = ?, radiologist_raw_name = ?, updated_at = now()
				where id = ? and organization_id = ?
				returning site_id, modality, body_part, exam_at""")
			.params(route.siteId() == null ? null : route.siteId().value(), cut(message.patientMrn(), 64),
					cut(message.healthCardNumber(), 20), cut(message.patientFamilyName(), 100),
					cut(message.patientGivenName(), 100), message.birthDate(), cut(message.sex(), 1),
					cut(message.modality(), 16), cut(message.bodyPart(), 64), cut(message.procedureCode(), 64),
					cut(message.procedureDescription(), 250), time(message.orderedAt()), time(message.examAt()),
					message.studyInstanceUid(), cut(message.orderingPhysician(), 250), status.name(), text, time(reportedAt),
					readerId, newReader ? cut(message.radiologistRawId(), 64) : current.radiologistRawId(),
					newReader ? cut(message.radiologistRawName(), 250) : current.radiologistRawName(), current.id(),
					route.organizationId().value())
			.query((rs, n) -> new Facts(rs.getObject("site_id", UUID.class), rs.getString("modality"), rs.getString("body_part"),
					instant(rs.getTimestamp("exam_at"))))
			.single();
		if (changed && status.signed()) {
			events.publishEvent(new ExamReported(route.organizationId(), facts.siteId() == null ? null : new SiteId(facts.siteId()),
					exam, message.accession(), facts.modality(), facts.bodyPart(), readerId == null ? null : new PersonId(readerId),
					facts.examAt(), reportedAt == null ? Instant.now() : reportedAt));
		}
		return exam;
	}

	private void publish(Route route, ExamId exam, ExamMessage message, PersonId radiologist, Instant reportedAt) {
		events.publishEvent(new ExamReported(route.organizationId(), route.siteId(), exam, message.accession(),
				message.modality(), message.bodyPart(), radiologist, message.examAt(),
				reportedAt == null ? Instant.now() : reportedAt));
	}

	static OffsetDateTime time(Instant instant) {
		return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
	}

	static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

	/** One message's exam to apply, and the stored message it came with. */
	public record Application(Route route, ExamMessage message, UUID messageId) {
	}

	private record Facts(UUID siteId, String modality, String bodyPart, Instant examAt) {
	}

	private record Current(UUID id, ResultStatus status, String text, UUID radiologistId, String radiologistRawId,
			String radiologistRawName, Instant reportedAt) {
	}
}
