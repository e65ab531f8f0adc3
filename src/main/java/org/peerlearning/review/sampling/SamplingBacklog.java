package org.peerlearning.review.sampling;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.peerlearning.organization.OrganizationId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What is waiting to be sampled in an organization, and what could not be: for the program lead
 * (so that an exam that keeps failing is seen rather than silently never reviewed) and for the
 * hospital's monitoring. Only the organization's own queue is ever read.
 */
@Service
public class SamplingBacklog {

	/** How many failing exams are listed; the count covers them all. */
	static final int LISTED = 50;

	private final JdbcClient jdbc;

	private final SamplingWorker worker;

	SamplingBacklog(JdbcClient jdbc, SamplingWorker worker) {
		this.jdbc = jdbc;
		this.worker = worker;
	}

	@Transactional(readOnly = true)
	public Status of(OrganizationId organization) {
		Status counts = jdbc.sql("""
				select count(*) as waiting, count(*) filter (where attempts > 0) as failing, min(queued_at) as oldest
				from sampling_queue where organization_id = ?""")
			.param(organization.value())
			.query((rs, n) -> new Status(rs.getLong("waiting"), rs.getLong("failing"),
					rs.getTimestamp("oldest") == null ? null : rs.getTimestamp("oldest").toInstant(), List.of()))
			.single();
		if (counts.failing() == 0) {
			return counts;
		}
		List<Failure> failures = jdbc.sql("""
				select exam_id, accession, modality, queued_at, attempts, last_error, next_attempt_at from sampling_queue
				where organization_id = ? and attempts > 0 order by seq limit ?""")
			.params(organization.value(), LISTED)
			.query((rs, n) -> new Failure(rs.getObject("exam_id", UUID.class), rs.getString("accession"), rs.getString("modality"),
					rs.getTimestamp("queued_at").toInstant(), rs.getInt("attempts"), rs.getString("last_error"),
					rs.getTimestamp("next_attempt_at").toInstant()))
			.list();
		return new Status(counts.waiting(), counts.failing(), counts.oldestQueuedAt(), failures);
	}

	/** Puts the organization's failing exams first in line again (after the cause was fixed); answers how many. */
	@Transactional
	public int retryNow(OrganizationId organization) {
		int retried = jdbc.sql("update sampling_queue set next_attempt_at = now() where organization_id = ? and attempts > 0")
			.param(organization.value())
			.update();
		if (retried > 0) {
			worker.wake();
		}
		return retried;
	}

	/**
	 * @param waiting reported exams not sampled yet, the failing ones included
	 * @param failing exams whose sampling failed at least once and that wait for another try
	 * @param oldestQueuedAt when the oldest waiting exam was queued, or null when none waits
	 * @param failures the first failing exams, oldest first
	 */
	public record Status(long waiting, long failing, Instant oldestQueuedAt, List<Failure> failures) {
	}

	/** An exam whose sampling failed, with the last reason and when it is tried again. */
	public record Failure(UUID examId, String accession, String modality, Instant queuedAt, int attempts, String lastError,
			Instant nextAttemptAt) {
	}
}
