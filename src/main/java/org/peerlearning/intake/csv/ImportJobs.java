package org.peerlearning.intake.csv;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.peerlearning.organization.OrganizationId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import static org.peerlearning.intake.csv.ImportJobs.Status.INTERRUPTED;

/**
 * The {@code exam_import} and {@code exam_import_error} tables. Every read is scoped to an
 * organization. A job whose heartbeat stopped (its instance went away mid-file) reads as
 * interrupted: the file was only kept while it was processed, so it must be sent again, and the
 * rows it had applied then count as duplicates.
 */
@Component
class ImportJobs {

	/** A running or queued job beats at least this often; one silent for longer is interrupted. */
	static final int STALE_SECONDS = 90;

	private static final String COLUMNS = """
			id, file_name, status, total_bytes, processed_bytes, rows_read, rows_created, rows_updated, rows_duplicate,
			rows_failed, failure, created_at, started_at, finished_at""";

	private final JdbcClient jdbc;

	ImportJobs(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	UUID create(OrganizationId organization, String fileName, long totalBytes, UUID actor) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into exam_import (id, organization_id, file_name, status, total_bytes, created_by, updated_by)
				values (?, ?, ?, 'QUEUED', ?, ?, ?)""")
			.params(id, organization.value(), fileName == null ? null : fileName.length() > 255 ? fileName.substring(0, 255) : fileName,
					totalBytes, actor, actor)
			.update();
		return id;
	}

	void started(UUID id) {
		jdbc.sql("update exam_import set status = 'RUNNING', started_at = now(), heartbeat_at = now(), updated_at = now() where id = ?")
			.param(id)
			.update();
	}

	void progress(UUID id, long processedBytes, Counts counts) {
		jdbc.sql("""
				update exam_import set processed_bytes = ?, rows_read = ?, rows_created = ?, rows_updated = ?, rows_duplicate = ?,
				    rows_failed = ?, heartbeat_at = now(), updated_at = now()
				where id = ?""")
			.params(processedBytes, counts.read, counts.created, counts.updated, counts.duplicate, counts.failed, id)
			.update();
	}

	void finished(UUID id, Status status, String failure) {
		jdbc.sql("""
				update exam_import set status = ?, failure = ?, finished_at = now(), heartbeat_at = now(), updated_at = now()
				where id = ? and status in ('QUEUED', 'RUNNING')""")
			.params(status.name(), failure == null ? null : failure.length() > 500 ? failure.substring(0, 500) : failure, id)
			.update();
	}

	void error(UUID id, OrganizationId organization, long line, String accession, String message) {
		jdbc.sql("""
				insert into exam_import_error (import_id, organization_id, line_number, accession, message) values (?, ?, ?, ?, ?)
				on conflict do nothing""")
			.params(id, organization.value(), line, accession, message.length() > 500 ? message.substring(0, 500) : message)
			.update();
	}

	/** Keeps the jobs this instance holds (running or waiting their turn) from looking abandoned. */
	void beat(Collection<UUID> ids) {
		for (UUID id : ids) {
			jdbc.sql("update exam_import set heartbeat_at = now() where id = ? and status in ('QUEUED', 'RUNNING')").param(id).update();
		}
	}

	/** Marks the jobs nobody is working on any more as interrupted. */
	int interruptStale() {
		return jdbc.sql("""
				update exam_import set status = 'INTERRUPTED', finished_at = now(), updated_at = now()
				where status in ('QUEUED', 'RUNNING') and heartbeat_at < now() - make_interval(secs => ?)""")
			.param(STALE_SECONDS)
			.update();
	}

	Optional<Job> find(OrganizationId organization, UUID id) {
		return jdbc.sql("select " + COLUMNS + " from exam_import where organization_id = ? and id = ?")
			.params(organization.value(), id)
			.query(ImportJobs::job)
			.optional();
	}

	List<Job> recent(OrganizationId organization, int limit) {
		return jdbc.sql("select " + COLUMNS + " from exam_import where organization_id = ? order by created_at desc limit " + limit)
			.param(organization.value())
			.query(ImportJobs::job)
			.list();
	}

	/** Writes the job's row errors as CSV (line, accession, error), streaming from the database. */
	void writeErrors(OrganizationId organization, UUID id, Writer out) throws IOException {
		out.write("line,accession,error\r\n");
		List<String> lines = new java.util.ArrayList<>();
		// fetched in pages so that a file with many bad rows is not read into memory at once
		long after = 0;
		while (true) {
			lines.clear();
			long[] last = { after };
			jdbc.sql("""
					select line_number, accession, message from exam_import_error
					where organization_id = ? and import_id = ? and line_number > ? order by line_number limit 1000""")
				.params(organization.value(), id, after)
				.query(rs -> {
					last[0] = rs.getLong("line_number");
					lines.add(last[0] + "," + csv(rs.getString("accession")) + "," + csv(rs.getString("message")) + "\r\n");
				});
			for (String line : lines) {
				out.write(line);
			}
			if (lines.size() < 1000) {
				return;
			}
			after = last[0];
		}
	}

	static String csv(String value) {
		if (value == null) {
			return "";
		}
		// a leading = + - @ would be read as a formula by spreadsheets
		String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
		return safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")
				? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
	}

	private static Job job(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new Job(rs.getObject("id", UUID.class), rs.getString("file_name"), Status.valueOf(rs.getString("status")),
				rs.getLong("total_bytes"), rs.getLong("processed_bytes"), rs.getLong("rows_read"), rs.getLong("rows_created"),
				rs.getLong("rows_updated"), rs.getLong("rows_duplicate"), rs.getLong("rows_failed"), rs.getString("failure"),
				instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("started_at")), instant(rs.getTimestamp("finished_at")));
	}

	private static Instant instant(java.sql.Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

	enum Status {
		QUEUED, RUNNING, COMPLETED, FAILED, INTERRUPTED;

		boolean active() {
			return this == QUEUED || this == RUNNING;
		}
	}

	/** Rows counted so far by a running job. */
	static final class Counts {

		long read;

		long created;

		long updated;

		long duplicate;

		long failed;
	}

	record Job(UUID id, String fileName, Status status, long totalBytes, long processedBytes, long rowsRead, long rowsCreated,
			long rowsUpdated, long rowsDuplicate, long rowsFailed, String failure, Instant createdAt, Instant startedAt,
			Instant finishedAt) {

		/** Progress in percent, by bytes read; a finished job is at 100. */
		public int percent() {
			if (status == Status.COMPLETED) {
				return 100;
			}
			return totalBytes <= 0 ? 0 : (int) Math.min(100, processedBytes * 100 / totalBytes);
		}

		public boolean active() {
			return status.active();
		}

		public boolean interrupted() {
			return status == INTERRUPTED;
		}
	}
}
