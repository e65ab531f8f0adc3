package org.peerlearning.intake.domain;

import java.util.Optional;
import java.util.UUID;

import org.peerlearning.intake.ExamId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import static org.peerlearning.intake.domain.RadiologistResolver.cut;

/**
 * Reports that arrive through FHIR or a CSV import take the same path as the HL7 feed
 * ({@link ExamRecorder}), so the same rules hold: one exam per accession, reports only move forward,
 * replaced texts are kept. What differs is that these callers must say whether a submission did
 * anything (a re-posted report or a re-imported row is a duplicate, not a second report), so the
 * exam's report is compared before and after. Runs inside the caller's transaction.
 */
@Component
public class ExamSubmissions {

	private final JdbcClient jdbc;

	private final ExamRecorder recorder;

	private final RadiologistResolver radiologists;

	public ExamSubmissions(JdbcClient jdbc, ExamRecorder recorder, RadiologistResolver radiologists) {
		this.jdbc = jdbc;
		this.recorder = recorder;
		this.radiologists = radiologists;
	}

	/** Applies one report; {@code importId} names the CSV import it came from, if any. */
	public Submitted submit(Route route, ExamMessage message, Source source, UUID actor, UUID importId) {
		Optional<Report> before = report(route, message.accession());
		ExamId exam = recorder.apply(route, message, null);
		Effect effect;
		if (before.isEmpty()) {
			effect = Effect.CREATED;
		}
		else {
			effect = before.equals(report(route, message.accession())) ? Effect.UNCHANGED : Effect.UPDATED;
		}
		jdbc.sql("""
				insert into exam_submission (id, organization_id, exam_id, source, effect, import_id, created_by)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), route.organizationId().value(), exam.value(), source.name(), effect.name(), importId, actor)
			.update();
		return new Submitted(exam, effect);
	}

	/** Writes the counts of radiologist identifiers nobody could be matched to; call after the commit. */
	public void afterCommit() {
		radiologists.flushIfDue();
	}

	private Optional<Report> report(Route route, String accession) {
		return jdbc.sql("select result_status, report_text, reading_radiologist_id from exam where organization_id = ? and accession_number = ?")
			.params(route.organizationId().value(), cut(accession, 64))
			.query((rs, n) -> new Report(rs.getString("result_status"), rs.getString("report_text"),
					rs.getObject("reading_radiologist_id", UUID.class)))
			.optional();
	}

	/** Where a report came from, besides the HL7 feed. */
	public enum Source {
		FHIR, CSV
	}

	/** What a submission did to its exam. */
	public enum Effect {
		CREATED, UPDATED, UNCHANGED
	}

	public record Submitted(ExamId exam, Effect effect) {
	}

	private record Report(String status, String text, UUID radiologist) {
	}
}
