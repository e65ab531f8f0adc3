package org.peerlearning.platform.scheduling;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lets one instance at a time run a scheduled job when several share the database: a PostgreSQL
 * advisory lock held until the caller's transaction ends. An instance that does not get it skips
 * the run; the job's own bookkeeping (what was already reminded, checked or sent) keeps a later run
 * from doing the work twice.
 */
@Component
public class JobLocks {

	private final JdbcClient jdbc;

	JobLocks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Whether this transaction now holds the job's lock; must be called inside the job's transaction. */
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean tryLock(String job) {
		return Boolean.TRUE.equals(jdbc.sql("select pg_try_advisory_xact_lock(hashtext(?))").param("peerlearning.job." + job)
			.query(Boolean.class)
			.single());
	}
}
