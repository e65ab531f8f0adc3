package org.peerlearning.review.sampling;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.peerlearning.intake.ExamId;
import org.peerlearning.organization.OrganizationId;
import org.peerlearning.platform.database.MultiRowInsert;
import org.peerlearning.platform.database.TableStatistics;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of sampling: decisions, counters and seeds, always scoped to one organization. */
@Repository
class SamplingStore {

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final MultiRowInsert CLAIM = new MultiRowInsert("sampling_decision",
			List.of("id uuid", "organization_id uuid", "exam_id uuid", "radiologist_id uuid", "modality varchar",
					"decided_at timestamptz", "status varchar"),
			"on conflict (organization_id, exam_id) do nothing");

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	private final TableStatistics statistics;

	SamplingStore(JdbcClient jdbc, JdbcTemplate batch, TableStatistics statistics) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.statistics = statistics;
	}

	/** Serializes sampling within an organization for the rest of the transaction (counters, quotas). */
	void lock(OrganizationId organization) {
		jdbc.sql("select pg_advisory_xact_lock(?)")
			.param(organization.value().getMostSignificantBits() ^ organization.value().getLeastSignificantBits())
			.query()
			.singleRow();
	}

	/** The organization's secret seed, made on first use. */
	byte[] seed(OrganizationId organization) {
		byte[] fresh = new byte[32];
		RANDOM.nextBytes(fresh);
		jdbc.sql("insert into sampling_seed (organization_id, seed) values (?, ?) on conflict (organization_id) do nothing")
			.params(organization.value(), fresh)
			.update();
		return jdbc.sql("select seed from sampling_seed where organization_id = ?")
			.param(organization.value())
			.query(byte[].class)
			.single();
	}

	/**
	 * Records that the exams are being decided, with one statement; answers, per exam, false if it was
	 * decided before (a corrected report) or earlier in the same batch.
	 */
	boolean[] claimAll(List<SamplingDecision> decisions, List<String> modalities) {
		List<Object[]> rows = new ArrayList<>(decisions.size());
		for (int i = 0; i < decisions.size(); i++) {
			SamplingDecision decision = decisions.get(i);
			String modality = modalities.get(i);
			rows.add(new Object[] { decision.id(), decision.organizationId().value(), decision.examId().value(),
					decision.radiologistId(), modality == null || modality.length() <= 16 ? modality : modality.substring(0, 16),
					decision.decidedAt(), SamplingDecision.Status.NOT_SAMPLED.name() });
		}
		Set<UUID> inserted = CLAIM.inserted(jdbc, rows);
		statistics.writing("sampling_decision", inserted.size());
		boolean[] claimed = new boolean[decisions.size()];
		for (int i = 0; i < claimed.length; i++) {
			claimed[i] = inserted.contains(decisions.get(i).id());
		}
		return claimed;
	}

	void settle(SamplingDecision decision) {
		jdbc.sql("update sampling_decision set rule_id = ?, reviewer_id = ?, status = ?, updated_at = now() where organization_id = ? and id = ?")
			.params(decision.ruleId(), decision.reviewerId(), decision.status().name(), decision.organizationId().value(),
					decision.id())
			.update();
	}

	Optional<SamplingDecision> decision(OrganizationId organization, ExamId exam) {
		return decisions(organization, List.of(exam)).values().stream().findFirst();
	}

	/** The decisions stored for these exams, by exam; exams not decided yet are absent. */
	Map<ExamId, SamplingDecision> decisions(OrganizationId organization, List<ExamId> exams) {
		Map<ExamId, SamplingDecision> decisions = new HashMap<>();
		if (exams.isEmpty()) {
			return decisions;
		}
		// one index look-up per exam (a filter "exam_id = any(?)" may be planned over every decision)
		jdbc.sql("""
				select d.id, d.exam_id, d.radiologist_id, d.decided_at, d.rule_id, d.reviewer_id, d.status
				from unnest(?::uuid[]) as x (exam_id)
				cross join lateral (select * from sampling_decision
				                    where organization_id = ? and exam_id = x.exam_id limit 1) as d""")
			.params(exams.stream().map(ExamId::value).toArray(UUID[]::new), organization.value())
			.query(rs -> {
				SamplingDecision decision = new SamplingDecision(rs.getObject(1, UUID.class), organization,
						new ExamId(rs.getObject(2, UUID.class)), rs.getObject(3, UUID.class), rs.getTimestamp(4).toInstant(),
						rs.getObject(5, UUID.class), rs.getObject(6, UUID.class), SamplingDecision.Status.valueOf(rs.getString(7)));
				decisions.put(decision.examId(), decision);
			});
		return decisions;
	}

	/** Adds a batch's counts (exams seen, picked, owned) to each rule's tallies of the month starting on {@code month}. */
	void countMonths(OrganizationId organization, LocalDate month, Map<UUID, long[]> counts) {
		if (counts.isEmpty()) {
			return;
		}
		batch.batchUpdate("""
				insert into sampling_rule_month (organization_id, rule_id, month, seen, selected, sampled) values (?, ?, ?, ?, ?, ?)
				on conflict (organization_id, rule_id, month) do update set seen = sampling_rule_month.seen + excluded.seen,
				  selected = sampling_rule_month.selected + excluded.selected, sampled = sampling_rule_month.sampled + excluded.sampled""",
				counts.entrySet()
					.stream()
					.map(e -> new Object[] { organization.value(), e.getKey(), month, e.getValue()[0], e.getValue()[1], e.getValue()[2] })
					.toList());
	}

	/** Per rule: exams seen, picked and owned in the month starting on {@code month}. */
	Map<UUID, long[]> months(OrganizationId organization, LocalDate month) {
		Map<UUID, long[]> counts = new HashMap<>();
		jdbc.sql("select rule_id, seen, selected, sampled from sampling_rule_month where organization_id = ? and month = ?")
			.params(organization.value(), month)
			.query(rs -> {
				counts.put(rs.getObject(1, UUID.class), new long[] { rs.getLong(2), rs.getLong(3), rs.getLong(4) });
			});
		return counts;
	}

	/** Assignments per reviewer between two instants, of one rule or ({@code rule} null) of all. */
	Map<UUID, Integer> assigned(OrganizationId organization, Instant from, Instant to, UUID rule) {
		Map<UUID, Integer> counts = new HashMap<>();
		jdbc.sql("""
				select reviewer_id, count(*) from sampling_decision where organization_id = ? and reviewer_id is not null
				and decided_at >= ? and decided_at < ? and (cast(? as uuid) is null or rule_id = ?) group by reviewer_id""")
			.params(organization.value(), Timestamp.from(from), Timestamp.from(to), rule, rule)
			.query(rs -> {
				counts.put(rs.getObject(1, UUID.class), rs.getInt(2));
			});
		return counts;
	}

	/** The organization's counters for a batch; the caller holds the organization's lock until it commits. */
	BatchTally batchTally(OrganizationId organization) {
		return new BatchTally(organization);
	}

	/**
	 * Counters read on first use, counted in memory, and written back by {@link #flush()}: the
	 * organization's lock keeps every other writer out meanwhile, so the values written are exact.
	 */
	final class BatchTally implements SamplingTally {

		private final OrganizationId organization;

		private final Map<UUID, Long> inScope = new HashMap<>();

		private final Map<List<UUID>, Long> campaigns = new HashMap<>();

		private final Map<UUID, LocalDate> firstExams = new HashMap<>();

		private final Set<UUID> changedFirstExams = new HashSet<>();

		private BatchTally(OrganizationId organization) {
			this.organization = organization;
		}

		@Override
		public long nextInScope(UUID ruleId) {
			long count = inScope.computeIfAbsent(ruleId, rule -> jdbc
				.sql("select in_scope from sampling_rule_count where organization_id = ? and rule_id = ?")
				.params(organization.value(), rule)
				.query(Long.class)
				.optional()
				.orElse(0L)) + 1;
			inScope.put(ruleId, count);
			return count;
		}

		@Override
		public long nextOfRadiologist(UUID ruleId, UUID radiologistId) {
			List<UUID> key = List.of(ruleId, radiologistId);
			long count = campaigns.computeIfAbsent(key, k -> jdbc.sql("""
					select exams from sampling_campaign_count where organization_id = ? and rule_id = ? and radiologist_id = ?""")
				.params(organization.value(), ruleId, radiologistId)
				.query(Long.class)
				.optional()
				.orElse(0L)) + 1;
			campaigns.put(key, count);
			return count;
		}

		@Override
		public LocalDate firstExamOn(UUID radiologistId, LocalDate examOn) {
			if (!firstExams.containsKey(radiologistId)) {
				firstExams.put(radiologistId, jdbc
					.sql("select first_exam_on from sampling_radiologist where organization_id = ? and radiologist_id = ?")
					.params(organization.value(), radiologistId)
					.query(LocalDate.class)
					.optional()
					.orElse(null));
			}
			LocalDate known = firstExams.get(radiologistId);
			if (known == null || examOn.isBefore(known)) {
				firstExams.put(radiologistId, examOn);
				changedFirstExams.add(radiologistId);
				return examOn;
			}
			return known;
		}

		/** Writes what the batch counted. */
		void flush() {
			UUID org = organization.value();
			if (!inScope.isEmpty()) {
				batch.batchUpdate("""
						insert into sampling_rule_count (organization_id, rule_id, in_scope) values (?, ?, ?)
						on conflict (organization_id, rule_id) do update set in_scope = excluded.in_scope""",
						inScope.entrySet().stream().map(e -> new Object[] { org, e.getKey(), e.getValue() }).toList());
			}
			if (!campaigns.isEmpty()) {
				batch.batchUpdate("""
						insert into sampling_campaign_count (organization_id, rule_id, radiologist_id, exams) values (?, ?, ?, ?)
						on conflict (organization_id, rule_id, radiologist_id) do update set exams = excluded.exams""",
						campaigns.entrySet()
							.stream()
							.map(e -> new Object[] { org, e.getKey().get(0), e.getKey().get(1), e.getValue() })
							.toList());
			}
			if (!changedFirstExams.isEmpty()) {
				batch.batchUpdate("""
						insert into sampling_radiologist (organization_id, radiologist_id, first_exam_on) values (?, ?, ?)
						on conflict (organization_id, radiologist_id)
						do update set first_exam_on = least(sampling_radiologist.first_exam_on, excluded.first_exam_on)""",
						changedFirstExams.stream().map(r -> new Object[] { org, r, firstExams.get(r) }).toList());
			}
			inScope.clear();
			campaigns.clear();
			firstExams.clear();
			changedFirstExams.clear();
		}
	}

	static LocalDate monthStart(YearMonth month) {
		return month.atDay(1);
	}
}
