package org.peerlearning.review.sampling;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.peerlearning.intake.ExamId;
import org.peerlearning.organization.OrganizationId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of sampling: decisions, counters and seeds, always scoped to one organization. */
@Repository
class SamplingStore {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	SamplingStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
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

	/** Records that the exam is being decided; false if it was decided before (a corrected report). */
	boolean claim(SamplingDecision decision, String modality) {
		return jdbc.sql("""
				insert into sampling_decision (id, organization_id, exam_id, radiologist_id, modality, decided_at, status)
				values (?, ?, ?, ?, ?, ?, 'NOT_SAMPLED') on conflict (organization_id, exam_id) do nothing""")
			.params(decision.id(), decision.organizationId().value(), decision.examId().value(), decision.radiologistId(), modality,
					Timestamp.from(decision.decidedAt()))
			.update() == 1;
	}

	void settle(SamplingDecision decision) {
		jdbc.sql("update sampling_decision set rule_id = ?, reviewer_id = ?, status = ?, updated_at = now() where organization_id = ? and id = ?")
			.params(decision.ruleId(), decision.reviewerId(), decision.status().name(), decision.organizationId().value(),
					decision.id())
			.update();
	}

	Optional<SamplingDecision> decision(OrganizationId organization, ExamId exam) {
		return jdbc.sql("""
				select id, exam_id, radiologist_id, decided_at, rule_id, reviewer_id, status from sampling_decision
				where organization_id = ? and exam_id = ?""")
			.params(organization.value(), exam.value())
			.query((rs, n) -> new SamplingDecision(rs.getObject(1, UUID.class), organization,
					new ExamId(rs.getObject(2, UUID.class)), rs.getObject(3, UUID.class), rs.getTimestamp(4).toInstant(),
					rs.getObject(5, UUID.class), rs.getObject(6, UUID.class), SamplingDecision.Status.valueOf(rs.getString(7))))
			.optional();
	}

	void countMonth(OrganizationId organization, UUID rule, LocalDate month, boolean selected, boolean sampled) {
		jdbc.sql("""
				insert into sampling_rule_month (organization_id, rule_id, month, seen, selected, sampled) values (?, ?, ?, 1, ?, ?)
				on conflict (organization_id, rule_id, month) do update set seen = sampling_rule_month.seen + 1,
				  selected = sampling_rule_month.selected + excluded.selected, sampled = sampling_rule_month.sampled + excluded.sampled""")
			.params(organization.value(), rule, month, selected ? 1 : 0, sampled ? 1 : 0)
			.update();
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

	SamplingTally tally(OrganizationId organization) {
		return new SamplingTally() {

			@Override
			public long nextInScope(UUID ruleId) {
				return jdbc.sql("""
						insert into sampling_rule_count (organization_id, rule_id, in_scope) values (?, ?, 1)
						on conflict (organization_id, rule_id) do update set in_scope = sampling_rule_count.in_scope + 1
						returning in_scope""")
					.params(organization.value(), ruleId)
					.query(Long.class)
					.single();
			}

			@Override
			public long nextOfRadiologist(UUID ruleId, UUID radiologistId) {
				return jdbc.sql("""
						insert into sampling_campaign_count (organization_id, rule_id, radiologist_id, exams) values (?, ?, ?, 1)
						on conflict (organization_id, rule_id, radiologist_id) do update set exams = sampling_campaign_count.exams + 1
						returning exams""")
					.params(organization.value(), ruleId, radiologistId)
					.query(Long.class)
					.single();
			}

			@Override
			public LocalDate firstExamOn(UUID radiologistId, LocalDate examOn) {
				return jdbc.sql("""
						insert into sampling_radiologist (organization_id, radiologist_id, first_exam_on) values (?, ?, ?)
						on conflict (organization_id, radiologist_id)
						do update set first_exam_on = least(sampling_radiologist.first_exam_on, excluded.first_exam_on)
						returning first_exam_on""")
					.params(organization.value(), radiologistId, examOn)
					.query(LocalDate.class)
					.single();
			}
		};
	}

	static LocalDate monthStart(YearMonth month) {
		return month.atDay(1);
	}
}
