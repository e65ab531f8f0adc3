package org.peerlearning.review.sampling;

import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.peerlearning.intake.ExamReported;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Samples the queued exams: takes the oldest waiting exams of one organization (up to a batch),
 * samples them in order in one transaction and deletes them from the queue in the same commit. A
 * batch that fails is tried again exam by exam, so one exam that cannot be sampled holds up no
 * other; that exam stays queued with its error and is tried again later, less and less often.
 *
 * <p>Woken when this instance queues exams (and then gathers what follows for a moment), and
 * otherwise looks every second (exams queued by another instance, exams waiting for another try).
 * Behind a burst of reports it works through the backlog at half pace (it rests as long as each
 * batch took), so that sampling never slows the acknowledgement of the reports still arriving. Several instances share the queue: rows are
 * taken with {@code skip locked}, and sampling holds the organization's lock.
 */
@Component
class SamplingWorker implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(SamplingWorker.class);

	private static final Duration IDLE_LOOK = Duration.ofSeconds(1);

	/**
	 * How long a wake-up waits before taking the queue, so that the exams of many small commits (a
	 * busy HL7 feed commits every few milliseconds) are sampled as one batch.
	 */
	private static final Duration GATHER = Duration.ofMillis(200);

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final ObjectProvider<ExamSampling> sampling;

	private final int batchSize;

	private final boolean enabled;

	private final Semaphore signal = new Semaphore(0);

	private volatile Thread thread;

	private final ObjectProvider<SamplingFailureNotices> failureNotices;

	private volatile boolean running;

	private volatile CountDownLatch stopping = new CountDownLatch(0);

	SamplingWorker(JdbcClient jdbc, TransactionTemplate transaction, ObjectProvider<ExamSampling> sampling,
			ObjectProvider<SamplingFailureNotices> failureNotices, @Value("${peerlearning.sampling.batch-size:500}") int batchSize,
			@Value("${peerlearning.sampling.worker.enabled:true}") boolean enabled) {
		this.jdbc = jdbc;
		this.failureNotices = failureNotices;
		this.transaction = transaction;
		this.sampling = sampling;
		this.batchSize = Math.max(1, batchSize);
		this.enabled = enabled;
	}

	/** New exams are queued: look now rather than at the next idle look. */
	void wake() {
		if (signal.availablePermits() == 0) {
			signal.release();
		}
	}

	@Override
	public void start() {
		if (!enabled || running) {
			return;
		}
		running = true;
		stopping = new CountDownLatch(1);
		Thread worker = new Thread(this::loop, "sampling-worker");
		worker.setDaemon(true);
		thread = worker;
		worker.start();
	}

	@Override
	public void stop() {
		running = false;
		stopping.countDown();
		Thread worker = thread;
		if (worker != null) {
			signal.release();
			try {
				// a batch ends well within this; a worker still busy after it waits on a database that is
				// gone (a pool waits 30 s for a connection), and an interrupt ends that wait: its batch
				// rolls back and stays queued
				worker.join(2_000);
				if (worker.isAlive()) {
					worker.interrupt();
					worker.join(5_000);
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		thread = null;
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	/** Starts before and stops after the HL7 listener (what is queued meanwhile stays queued, durably). */
	@Override
	public int getPhase() {
		return SmartLifecycle.DEFAULT_PHASE - 100;
	}

	private void loop() {
		while (running) {
			try {
				if (signal.tryAcquire(IDLE_LOOK.toMillis(), TimeUnit.MILLISECONDS)) {
					pause(GATHER);
				}
				signal.drainPermits();
				while (running) {
					long start = System.nanoTime();
					int taken = drainOnce();
					if (taken < batchSize) {
						break;
					}
					// a backlog (a burst of reports): rest as long as the batch took, so that catching
					// up takes at most half of a core from the feed that is still arriving
					pause(Duration.ofNanos(System.nanoTime() - start));
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (RuntimeException ex) {
				// the database is away or the batch failed in a way not tied to one exam: look again later
				log.warn("Sampling of queued exams failed ({}); trying again shortly", ex.toString());
				try {
					pause(IDLE_LOOK);
				}
				catch (InterruptedException interrupted) {
					Thread.currentThread().interrupt();
					return;
				}
			}
		}
	}

	/**
	 * Samples one batch of the oldest waiting exams of one organization; answers how many exams
	 * it took (0 when none is waiting).
	 */
	int drainOnce() {
		List<Queued> batch = new ArrayList<>();
		try {
			transaction.executeWithoutResult(tx -> {
				batch.addAll(take(batchSize));
				if (batch.isEmpty()) {
					return;
				}
				sampling.getObject().sampleAll(batch.get(0).exam().organizationId(), batch.stream().map(Queued::exam).toList());
				delete(batch.stream().map(Queued::seq).toList());
			});
			return batch.size();
		}
		catch (RuntimeException ex) {
			if (batch.size() <= 1) {
				batch.forEach(queued -> postpone(queued, ex));
				if (batch.isEmpty()) {
					throw ex;
				}
				return 1;
			}
			log.info("A batch of {} queued exams is sampled again one by one ({})", batch.size(), ex.toString());
		}
		for (Queued queued : batch) {
			try {
				transaction.executeWithoutResult(tx -> {
					// still queued, not taken by another instance meanwhile, and locked while it is sampled
					if (jdbc.sql("select seq from sampling_queue where seq = ? for update skip locked")
						.param(queued.seq())
						.query(Long.class)
						.optional()
						.isPresent()) {
						sampling.getObject().sampleAll(queued.exam().organizationId(), List.of(queued.exam()));
						delete(List.of(queued.seq()));
					}
				});
			}
			catch (RuntimeException ex) {
				postpone(queued, ex);
			}
		}
		return batch.size();
	}

	private List<Queued> take(int limit) {
		return jdbc.sql("""
				select seq, organization_id, exam_id, site_id, accession, modality, body_part, radiologist_id, exam_at,
				       reported_at, attempts
				from sampling_queue
				where next_attempt_at <= now()
				  and organization_id = (select organization_id from sampling_queue where next_attempt_at <= now()
				                         order by seq limit 1 for update skip locked)
				order by seq
				limit ?
				for update skip locked""")
			.param(limit)
			.query((rs, n) -> new Queued(rs.getLong("seq"),
					SamplingQueue.exam(rs.getObject("organization_id", UUID.class), rs.getObject("exam_id", UUID.class),
							rs.getObject("site_id", UUID.class), rs.getString("accession"), rs.getString("modality"),
							rs.getString("body_part"), rs.getObject("radiologist_id", UUID.class), rs.getTimestamp("exam_at"),
							rs.getTimestamp("reported_at")),
					rs.getInt("attempts")))
			.list();
	}

	private void delete(List<Long> seqs) {
		jdbc.sql("delete from sampling_queue where seq = any(?)").param(seqs.toArray(Long[]::new)).update();
	}

	/** Leaves the exam queued with why it failed, for another try after a growing pause (up to an hour). */
	private void postpone(Queued queued, RuntimeException failure) {
		long pauseSeconds = Math.min(3600, 5L << Math.min(queued.attempts(), 10));
		log.warn("Exam {} could not be sampled (attempt {}): {}; trying again in {} s", queued.exam().examId(),
				queued.attempts() + 1, failure.toString(), pauseSeconds);
		try {
			jdbc.sql("""
					update sampling_queue set attempts = attempts + 1, last_error = left(?, 500),
					    next_attempt_at = ? where seq = ?""")
				.params(failure.toString(), new Timestamp(System.currentTimeMillis() + pauseSeconds * 1000), queued.seq())
				.update();
			if (queued.attempts() == 0) {
				failureNotices.getObject().firstFailure(queued.exam().organizationId());
			}
		}
		catch (RuntimeException ex) {
			log.warn("Could not postpone exam {} or tell the leads ({})", queued.exam().examId(), ex.toString());
		}
	}

	/** Waits, or less if the worker is being stopped. */
	private void pause(Duration pause) throws InterruptedException {
		stopping.await(pause.toNanos(), TimeUnit.NANOSECONDS);
	}

	private record Queued(long seq, ExamReported exam, int attempts) {
	}
}
