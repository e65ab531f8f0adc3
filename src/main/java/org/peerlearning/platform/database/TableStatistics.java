package org.peerlearning.platform.database;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps PostgreSQL's statistics of fast-growing tables fresh during a burst of writes. A table
 * that grows from a few hundred rows to tens of thousands within a minute (a new installation
 * receiving its first feed, a file of history) is planned meanwhile with the statistics of its
 * small days: every index that starts with the organization then looks as good as the one that
 * finds the row, and a look-up may read every row of the organization. Autovacuum analyzes the
 * table eventually; this analyzes it as soon as the rows written since this instance started
 * have doubled (1,000, 2,000, 4,000, …), on a background thread, so the cost stays a few analyses
 * per burst.
 */
@Component
public class TableStatistics implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(TableStatistics.class);

	private static final long FIRST = 1_000;

	private static final Pattern TABLE = Pattern.compile("[a-z_][a-z0-9_]*");

	private final JdbcClient jdbc;

	private final Map<String, Counter> counters = new ConcurrentHashMap<>();

	private final Set<String> running = ConcurrentHashMap.newKeySet();

	private final ExecutorService analyzer = Executors.newSingleThreadExecutor(runnable -> {
		Thread thread = new Thread(runnable, "table-statistics");
		thread.setDaemon(true);
		return thread;
	});

	public TableStatistics(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Rows are being written to the table in the current transaction: counted once it commits. */
	public void writing(String table, long rows) {
		check(table);
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

				@Override
				public void afterCommit() {
					wrote(table, rows);
				}
			});
		}
		else {
			wrote(table, rows);
		}
	}

	/** Rows were written to the table and committed. */
	public void wrote(String table, long rows) {
		check(table);
		if (rows <= 0) {
			return;
		}
		Counter counter = counters.computeIfAbsent(table, t -> new Counter());
		long written = counter.written.addAndGet(rows);
		long due = counter.nextAt.get();
		if (written >= due && counter.nextAt.compareAndSet(due, Math.max(written, due) * 2) && running.add(table)) {
			try {
				analyzer.execute(() -> analyze(table));
			}
			catch (RejectedExecutionException stopping) {
				running.remove(table);
			}
		}
	}

	private static void check(String table) {
		if (!TABLE.matcher(table).matches()) {
			throw new IllegalArgumentException("not a table name: " + table);
		}
	}

	private void analyze(String table) {
		try {
			long start = System.nanoTime();
			jdbc.sql("analyze " + table).update();
			log.debug("Analyzed {} in {} ms", table, (System.nanoTime() - start) / 1_000_000);
		}
		catch (RuntimeException ex) {
			log.debug("Could not analyze {} ({})", table, ex.toString());
		}
		finally {
			running.remove(table);
		}
	}

	@Override
	public void destroy() {
		analyzer.shutdownNow();
	}

	private static final class Counter {

		final AtomicLong written = new AtomicLong();

		final AtomicLong nextAt = new AtomicLong(FIRST);
	}
}
