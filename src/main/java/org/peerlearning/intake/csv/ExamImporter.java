package org.peerlearning.intake.csv;

import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.peerlearning.identity.Viewer;
import org.peerlearning.intake.ExamImportStarted;
import org.peerlearning.intake.csv.CsvRecords.Row;
import org.peerlearning.intake.csv.ExamRows.RowException;
import org.peerlearning.intake.csv.ImportJobs.Counts;
import org.peerlearning.intake.csv.ImportJobs.Status;
import org.peerlearning.intake.domain.ExamMessage;
import org.peerlearning.intake.domain.ExamSubmissions;
import org.peerlearning.intake.domain.ExamSubmissions.Effect;
import org.peerlearning.intake.domain.ExamSubmissions.Pending;
import org.peerlearning.intake.domain.ExamSubmissions.Source;
import org.peerlearning.intake.domain.ExamSubmissions.Submitted;
import org.peerlearning.intake.domain.Route;
import org.peerlearning.organization.OrganizationId;
import org.peerlearning.organization.Organizations;
import org.peerlearning.organization.Site;
import org.peerlearning.organization.SiteId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports CSV files of past exams in the background, one file at a time per instance (the
 * machine's cores belong to the live feed first). The upload is copied to a temporary file and read
 * from there as a stream; rows are applied in batches, each batch in one transaction through the
 * same path as the HL7 feed, and progress is written after each batch. A batch that fails in the
 * database is retried row by row, so one bad row costs only itself.
 */
@Service
class ExamImporter implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(ExamImporter.class);

	static final int BATCH = 200;

	private final ImportJobs jobs;

	private final ExamSubmissions submissions;

	private final Organizations organizations;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transaction;

	private final ZoneId zone;

	private final ExecutorService worker = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
		Thread thread = new Thread(r, "exam-import");
		thread.setDaemon(true);
		return thread;
	});

	/** Jobs of this instance, running or waiting: their heartbeat is kept up. */
	private final Set<UUID> held = ConcurrentHashMap.newKeySet();

	ExamImporter(ImportJobs jobs, ExamSubmissions submissions, Organizations organizations, ApplicationEventPublisher events,
			TransactionTemplate transaction, @Value("${peerlearning.hl7.time-zone:America/Toronto}") ZoneId zone) {
		this.jobs = jobs;
		this.submissions = submissions;
		this.organizations = organizations;
		this.events = events;
		this.transaction = transaction;
		this.zone = zone;
	}

	/** Takes a file (read to its end here, onto disk) and queues it; answers the import's id. */
	UUID submit(Viewer viewer, String fileName, InputStream content) throws IOException {
		Path file = Files.createTempFile("exam-import-", ".csv");
		try {
			long size = Files.copy(content, file, StandardCopyOption.REPLACE_EXISTING);
			OrganizationId organization = viewer.organizationId();
			UUID actor = viewer.personId().value();
			UUID id = transaction.execute(tx -> {
				UUID created = jobs.create(organization, fileName, size, actor);
				events.publishEvent(new ExamImportStarted(organization.value(), actor, created, size));
				return created;
			});
			held.add(id);
			worker.execute(() -> run(id, organization, actor, file));
			return id;
		}
		catch (IOException | RuntimeException ex) {
			Files.deleteIfExists(file);
			throw ex;
		}
	}

	private void run(UUID id, OrganizationId organization, UUID actor, Path file) {
		Counts counts = new Counts();
		try (CountingStream bytes = new CountingStream(Files.newInputStream(file));
				BufferedReader reader = new BufferedReader(new InputStreamReader(bytes, StandardCharsets.UTF_8), 64 * 1024)) {
			jobs.started(id);
			CsvRecords records = new CsvRecords(reader);
			Row header = records.next();
			if (header == null) {
				jobs.finished(id, Status.FAILED, "The file is empty");
				return;
			}
			ExamRows rows = ExamRows.header(header.fields(), zone);
			Map<String, SiteId> sites = sites(organization);
			List<Parsed> batch = new ArrayList<>(BATCH);
			Row row;
			while ((row = records.next()) != null) {
				if (row.fields().size() == 1 && row.fields().get(0).isBlank()) {
					continue; // blank line
				}
				counts.read++;
				batch.add(parse(rows, sites, organization, row));
				if (batch.size() == BATCH) {
					apply(id, organization, actor, batch, counts);
					jobs.progress(id, bytes.count, counts);
					if (Thread.currentThread().isInterrupted()) {
						jobs.finished(id, Status.INTERRUPTED, null);
						return;
					}
				}
			}
			apply(id, organization, actor, batch, counts);
			jobs.progress(id, bytes.count, counts);
			jobs.finished(id, Status.COMPLETED, null);
		}
		catch (RowException | IOException ex) {
			jobs.progress(id, 0, counts);
			jobs.finished(id, Status.FAILED, ex.getMessage());
		}
		catch (RuntimeException ex) {
			log.warn("Exam import {} failed ({})", id, ex.getClass().getSimpleName());
			jobs.finished(id, Status.FAILED, "The import stopped on an internal error; send the file again");
		}
		finally {
			held.remove(id);
			submissions.afterCommit();
			try {
				Files.deleteIfExists(file);
			}
			catch (IOException ex) {
				log.warn("Could not delete the temporary file of import {}", id);
			}
		}
	}

	private Parsed parse(ExamRows rows, Map<String, SiteId> sites, OrganizationId organization, Row row) {
		try {
			String siteName = rows.site(row.fields());
			SiteId site = null;
			if (siteName != null) {
				site = sites.get(siteName.toLowerCase(Locale.ROOT));
				if (site == null) {
					throw new RowException("site '" + siteName + "' is not a site of the organization (use its code or name)");
				}
			}
			return new Parsed(row.line(), rows.accession(row.fields()), new Route(organization, site), rows.read(row.fields()), null);
		}
		catch (RowException ex) {
			return new Parsed(row.line(), rows.accession(row.fields()), null, null, ex.getMessage());
		}
	}

	private void apply(UUID id, OrganizationId organization, UUID actor, List<Parsed> batch, Counts counts) {
		if (batch.isEmpty()) {
			return;
		}
		List<Effect> effects;
		try {
			effects = transaction.execute(tx -> {
				List<Pending> valid = batch.stream().filter(p -> p.error() == null).map(p -> new Pending(p.route(), p.message())).toList();
				Iterator<Submitted> applied = submissions.submitAll(organization, valid, Source.CSV, actor, id).iterator();
				List<Effect> done = new ArrayList<>();
				for (Parsed parsed : batch) {
					done.add(parsed.error() == null ? applied.next().effect() : null);
				}
				for (Parsed parsed : batch) {
					if (parsed.error() != null) {
						jobs.error(id, organization, parsed.line(), parsed.accession(), parsed.error());
					}
				}
				return done;
			});
		}
		catch (RuntimeException batchFailed) {
			effects = new ArrayList<>();
			for (Parsed parsed : batch) {
				effects.add(one(id, organization, actor, parsed));
			}
		}
		for (Effect effect : effects) {
			if (effect == null) {
				counts.failed++;
			}
			else {
				switch (effect) {
					case CREATED -> counts.created++;
					case UPDATED -> counts.updated++;
					case UNCHANGED -> counts.duplicate++;
				}
			}
		}
		batch.clear();
	}

	/** One row in its own transaction, after its batch failed; a row that fails again is recorded as an error. */
	private Effect one(UUID id, OrganizationId organization, UUID actor, Parsed parsed) {
		if (parsed.error() == null) {
			try {
				return transaction.execute(tx -> submit(id, actor, parsed));
			}
			catch (RuntimeException ex) {
				log.debug("Row {} of import {} could not be stored ({})", parsed.line(), id, ex.getClass().getSimpleName());
				jobs.error(id, organization, parsed.line(), parsed.accession(), "The row could not be stored (a value is not valid)");
				return null;
			}
		}
		jobs.error(id, organization, parsed.line(), parsed.accession(), parsed.error());
		return null;
	}

	private Effect submit(UUID id, UUID actor, Parsed parsed) {
		return submissions.submit(parsed.route(), parsed.message(), Source.CSV, actor, id).effect();
	}

	private Map<String, SiteId> sites(OrganizationId organization) {
		Map<String, SiteId> sites = new HashMap<>();
		for (Site site : organizations.sites(organization)) {
			if (site.active()) {
				sites.put(site.name().toLowerCase(Locale.ROOT), site.id());
				if (site.code() != null) {
					sites.put(site.code().toLowerCase(Locale.ROOT), site.id());
				}
			}
		}
		return sites;
	}

	@Scheduled(fixedDelay = 20_000, initialDelay = 20_000)
	void beat() {
		jobs.beat(held);
		jobs.interruptStale();
	}

	/** Jobs left running by an instance that stopped are interrupted; said at once on start. */
	@EventListener(ApplicationReadyEvent.class)
	void afterStart() {
		int interrupted = jobs.interruptStale();
		if (interrupted > 0) {
			log.info("{} exam import(s) were left unfinished by a stopped instance and are marked interrupted", interrupted);
		}
	}

	@Override
	public void destroy() {
		worker.shutdownNow();
	}

	private record Parsed(long line, String accession, Route route, ExamMessage message, String error) {
	}

	/** Counts the bytes read from the file, for the progress bar. */
	private static final class CountingStream extends FilterInputStream {

		volatile long count;

		CountingStream(InputStream in) {
			super(in);
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b >= 0) {
				count++;
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = super.read(buffer, offset, length);
			if (n > 0) {
				count += n;
			}
			return n;
		}
	}
}
