package org.peerlearning.review.sampling;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.peerlearning.identity.PersonId;
import org.peerlearning.intake.ExamId;
import org.peerlearning.intake.ExamReported;
import org.peerlearning.organization.OrganizationId;
import org.peerlearning.organization.SiteId;
import org.peerlearning.platform.database.MultiRowInsert;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Puts every reported exam in the sampling queue, in the transaction that stored its report: what
 * is acknowledged to the sender is, in the same commit, waiting to be sampled. The exams reported
 * in one transaction (a group of HL7 messages, a CSV batch) are written by one statement just
 * before it commits, and the {@link SamplingWorker} is woken once it has.
 */
@Component
class SamplingQueue {

	private static final MultiRowInsert INSERT = new MultiRowInsert("sampling_queue",
			List.of("organization_id uuid", "exam_id uuid", "site_id uuid", "accession varchar", "modality varchar",
					"body_part varchar", "radiologist_id uuid", "exam_at timestamptz", "reported_at timestamptz"),
			null);

	private final JdbcClient jdbc;

	private final SamplingWorker worker;

	SamplingQueue(JdbcClient jdbc, SamplingWorker worker) {
		this.jdbc = jdbc;
		this.worker = worker;
	}

	@EventListener
	void on(ExamReported exam) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			INSERT.insert(jdbc, List.<Object[]>of(row(exam)));
			worker.wake();
			return;
		}
		// looked up among the transaction's synchronizations, which an inner transaction suspends
		Pending pending = TransactionSynchronizationManager.getSynchronizations()
			.stream()
			.filter(s -> s instanceof Pending p && p.queue() == this)
			.map(Pending.class::cast)
			.findFirst()
			.orElseGet(() -> {
				Pending fresh = new Pending();
				TransactionSynchronizationManager.registerSynchronization(fresh);
				return fresh;
			});
		pending.rows.add(row(exam));
	}

	private static Object[] row(ExamReported exam) {
		return new Object[] { exam.organizationId().value(), exam.examId().value(),
				exam.siteId() == null ? null : exam.siteId().value(), cut(exam.accession(), 64), cut(exam.modality(), 16),
				cut(exam.bodyPart(), 64), exam.readingRadiologistId() == null ? null : exam.readingRadiologistId().value(),
				exam.examAt(), exam.reportedAt() };
	}

	/** A queued exam as the worker reads it back. */
	static ExamReported exam(UUID organization, UUID exam, UUID site, String accession, String modality, String bodyPart,
			UUID radiologist, Timestamp examAt, Timestamp reportedAt) {
		return new ExamReported(new OrganizationId(organization), site == null ? null : new SiteId(site), new ExamId(exam),
				accession, modality, bodyPart, radiologist == null ? null : new PersonId(radiologist), instant(examAt),
				instant(reportedAt));
	}

	private static String cut(String value, int length) {
		return value == null || value.length() <= length ? value : value.substring(0, length);
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

	/** The exams reported in the current transaction, written just before it commits. */
	private final class Pending implements TransactionSynchronization {

		private final List<Object[]> rows = new ArrayList<>();

		@Override
		public void beforeCommit(boolean readOnly) {
			if (!rows.isEmpty()) {
				INSERT.insert(jdbc, rows);
			}
		}

		SamplingQueue queue() {
			return SamplingQueue.this;
		}

		@Override
		public void afterCompletion(int status) {
			if (status == STATUS_COMMITTED && !rows.isEmpty()) {
				worker.wake();
			}
		}
	}
}
