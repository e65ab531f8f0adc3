package org.peerlearning.intake.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.peerlearning.intake.ExamId;
import org.peerlearning.organization.OrganizationId;
import org.springframework.jdbc.core.JdbcTemplate;
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

	private final JdbcTemplate batch;

	public ExamSubmissions(JdbcClient jdbc, JdbcTemplate batch, ExamRecorder recorder, RadiologistResolver radiologists) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.recorder = recorder;
		this.radiologists = radiologists;
	}

	/** Applies one report; {@code importId} names the CSV import it came from, if any. */
	public Submitted submit(Route route, ExamMessage message, Source source, UUID actor, UUID importId) {
		return submitAll(route.organizationId(), List.of(new Pending(route, message)), source, actor, importId).get(0);
	}

	/**
	 * Applies reports of one organization in order, with as few statements as the comparison
	 * allows: the reports' exams are read in one query before; the first report of each accession
	 * not stored yet goes in with the others of its kind by one multi-row insert
	 * ({@link ExamRecorder#applyAll}); only the rest (accessions that existed, or seen again in
	 * this batch) are applied one by one, in order, and read again after; the submissions are
	 * written in one batch. A file of history is mostly new accessions, so most rows then cost a
	 * share of one statement.
	 */
	public List<Submitted> submitAll(OrganizationId organization, List<Pending> pending, Source source, UUID actor, UUID importId) {
		Map<String, Report> before = reports(organization, pending.stream().map(p -> cut(p.message().accession(), 64)).toList());
		Set<String> touched = new HashSet<>();
		Submitted[] results = new Submitted[pending.size()];
		List<Integer> fresh = new ArrayList<>();
		for (int i = 0; i < pending.size(); i++) {
			String accession = cut(pending.get(i).message().accession(), 64);
			if (!before.containsKey(accession) && touched.add(accession)) {
				fresh.add(i);
			}
		}
		List<ExamId> inserted = recorder.applyAll(fresh.stream()
			.map(i -> new ExamRecorder.Application(pending.get(i).route(), pending.get(i).message(), null))
			.toList());
		for (int k = 0; k < fresh.size(); k++) {
			results[fresh.get(k)] = new Submitted(inserted.get(k), Effect.CREATED);
		}
		for (int i = 0; i < pending.size(); i++) {
			if (results[i] != null) {
				continue;
			}
			Pending p = pending.get(i);
			String accession = cut(p.message().accession(), 64);
			// an accession seen earlier in this batch must be read now: its state is what that row left
			Report was = touched.contains(accession) ? reports(organization, List.of(accession)).get(accession) : before.get(accession);
			ExamId exam = recorder.apply(p.route(), p.message(), null);
			touched.add(accession);
			Effect effect = was == null ? Effect.CREATED
					: was.equals(reports(organization, List.of(accession)).get(accession)) ? Effect.UNCHANGED : Effect.UPDATED;
			results[i] = new Submitted(exam, effect);
		}
		List<Submitted> submitted = List.of(results);
		List<Object[]> rows = new ArrayList<>(submitted.size());
		for (Submitted s : submitted) {
			rows.add(new Object[] { UUID.randomUUID(), organization.value(), s.exam().value(), source.name(), s.effect().name(), importId,
					actor });
		}
		batch.batchUpdate("""
				insert into exam_submission (id, organization_id, exam_id, source, effect, import_id, created_by)
				values (?, ?, ?, ?, ?, ?, ?)""", rows);
		return submitted;
	}

	/** Writes the counts of radiologist identifiers nobody could be matched to; call after the commit. */
	public void afterCommit() {
		radiologists.flushIfDue();
	}

	private Map<String, Report> reports(OrganizationId organization, List<String> accessions) {
		Map<String, Report> found = new HashMap<>();
		// one index look-up per accession: "accession_number = any(?)" may be planned as a filter over
		// every exam of the organization, once per batch of a file
		jdbc.sql("""
				select e.accession_number, e.result_status, e.report_text, e.reading_radiologist_id
				from unnest(?::varchar[]) as a (accession)
				cross join lateral (select accession_number, result_status, report_text, reading_radiologist_id from exam
				                    where organization_id = ? and accession_number = a.accession limit 1) as e""")
			.params(accessions.toArray(String[]::new), organization.value())
			.query(rs -> {
				found.put(rs.getString("accession_number"), new Report(rs.getString("result_status"), rs.getString("report_text"),
						rs.getObject("reading_radiologist_id", UUID.class)));
			});
		return found;
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

	/** A report to apply, with where it belongs. */
	public record Pending(Route route, ExamMessage message) {
	}

	private record Report(String status, String text, UUID radiologist) {
	}
}
