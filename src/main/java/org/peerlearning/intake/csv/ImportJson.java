package org.peerlearning.intake.csv;

import java.time.Instant;
import java.util.UUID;

import org.peerlearning.intake.csv.ImportJobs.Job;

/** An import as the API shows it: where it stands and what its rows did. */
record ImportJson(UUID id, String fileName, String status, int percent, long totalBytes, long processedBytes, Rows rows,
		String failure, Instant createdAt, Instant startedAt, Instant finishedAt, String errors) {

	/** Rows read, and what each did: a new exam, an update, nothing (already applied), or an error. */
	record Rows(long read, long created, long updated, long duplicate, long failed) {
	}

	static ImportJson of(Job job) {
		return new ImportJson(job.id(), job.fileName(), job.status().name(), job.percent(), job.totalBytes(), job.processedBytes(),
				new Rows(job.rowsRead(), job.rowsCreated(), job.rowsUpdated(), job.rowsDuplicate(), job.rowsFailed()), job.failure(),
				job.createdAt(), job.startedAt(), job.finishedAt(), "/api/v1/exams/imports/" + job.id() + "/errors");
	}
}
