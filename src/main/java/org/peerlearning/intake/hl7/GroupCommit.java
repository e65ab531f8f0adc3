package org.peerlearning.intake.hl7;

import java.nio.charset.Charset;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.peerlearning.intake.ExamId;
import org.peerlearning.intake.domain.ExamMessage;
import org.peerlearning.intake.domain.ExamRecorder;
import org.peerlearning.intake.domain.ExamRecorder.Application;
import org.peerlearning.intake.domain.MessageLog;
import org.peerlearning.intake.domain.MessageLog.Header;
import org.peerlearning.intake.domain.MessageLog.Key;
import org.peerlearning.intake.domain.MessageLog.Row;
import org.peerlearning.intake.domain.MessageLog.Status;
import org.peerlearning.intake.domain.RadiologistResolver;
import org.peerlearning.intake.domain.Route;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores accepted messages in groups: connection threads parse and hand their message over, a
 * writer thread takes everything waiting (up to a limit) and stores it in one transaction with
 * JDBC batches, and each connection sends its ACK once that transaction committed. Durable before
 * acknowledged still holds, and the cost of a commit (the WAL flush to disk) is shared by every
 * message of the group instead of paid by each. Under light load a group is one message, so the
 * latency is that of a single commit.
 *
 * <p>Resends are recognised inside a group too: a control id already accepted, or seen earlier in
 * the same group, is stored as a duplicate and not applied. If anything in a group fails (or a
 * resend raced in from another instance), the transaction is rolled back and every message of the
 * group is stored again on its own, so one bad message never costs the others their AA.
 */
final class GroupCommit {

	private static final Logger log = LoggerFactory.getLogger(GroupCommit.class);

	private final ExamRecorder recorder;

	private final MessageLog messages;

	private final RadiologistResolver radiologists;

	private final TransactionTemplate transaction;

	private final int maxGroup;

	private final long maxWaitNanos;

	/** Messages being handled by connection threads, from their arrival to their answer. */
	private final AtomicInteger inFlight = new AtomicInteger();

	private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();

	private final List<Thread> writers = new ArrayList<>();

	private volatile boolean running;

	GroupCommit(ExamRecorder recorder, MessageLog messages, RadiologistResolver radiologists, TransactionTemplate transaction,
			int maxGroup, Duration maxWait) {
		this.recorder = recorder;
		this.messages = messages;
		this.radiologists = radiologists;
		this.transaction = transaction;
		this.maxGroup = Math.max(1, maxGroup);
		this.maxWaitNanos = maxWait.toNanos();
	}

	/** A connection thread starts handling a message (whether or not it will be stored). */
	void arriving() {
		inFlight.incrementAndGet();
	}

	/** A connection thread has its answer. */
	void answered() {
		inFlight.decrementAndGet();
	}

	/** Starts {@code count} writer threads; until then (and after {@link #stop()}) messages are stored by their caller. */
	synchronized void start(int count) {
		if (running) {
			return;
		}
		running = true;
		for (int i = 1; i <= count; i++) {
			Thread writer = new Thread(this::writeLoop, "hl7-writer-" + i);
			writer.setDaemon(true);
			writer.start();
			writers.add(writer);
		}
	}

	/** Stops the writers once the messages already handed over are stored. */
	synchronized void stop() {
		running = false;
		for (Thread writer : writers) {
			try {
				writer.join(30_000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		writers.clear();
		// anything handed over while stopping is stored by the thread that stops
		List<Pending> left = new ArrayList<>();
		queue.drainTo(left);
		left.forEach(this::writeAlone);
	}

	/** Stores an accepted message; the answer completes after the commit that made it durable. */
	CompletableFuture<Stored> submit(Accepted message) {
		Pending pending = new Pending(message, new CompletableFuture<>());
		if (running) {
			queue.add(pending);
			if (running || !queue.remove(pending)) {
				return pending.result();
			}
		}
		writeAlone(pending);
		return pending.result();
	}

	/** Stores one message in a transaction of its own (a replay, or a message of a group that failed). */
	Stored storeAlone(Accepted message) {
		UUID id = UUID.randomUUID();
		Header fields = message.header();
		Route route = message.route();
		Boolean accepted = transaction.execute(tx -> {
			ExamId first = null;
			for (ExamMessage exam : message.exams()) {
				ExamId applied = recorder.apply(route, exam, id);
				first = first == null ? applied : first;
			}
			if (!messages.insertAccepted(id, fields, route, message.raw(), message.charset(), first, message.replayOf())) {
				tx.setRollbackOnly(); // a resend: undo whatever it touched
				return false;
			}
			return true;
		});
		if (Boolean.TRUE.equals(accepted)) {
			radiologists.flushIfDue();
			return new Stored(Status.ACCEPTED, id);
		}
		UUID duplicate = messages.insertUnapplied(Status.DUPLICATE, fields, route.organizationId(), message.raw(),
				message.charset(), null, null);
		return new Stored(Status.DUPLICATE, duplicate);
	}

	private void writeLoop() {
		List<Pending> group = new ArrayList<>(maxGroup);
		while (running || !queue.isEmpty()) {
			try {
				Pending first = queue.poll(100, TimeUnit.MILLISECONDS);
				if (first == null) {
					continue;
				}
				group.add(first);
				queue.drainTo(group, maxGroup - 1);
				gather(group);
				write(group);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (RuntimeException ex) {
				log.warn("The HL7 writer failed ({}); the messages of the group are answered AE", ex.getClass().getSimpleName());
				group.forEach(p -> p.result().completeExceptionally(ex));
			}
			finally {
				group.clear();
			}
		}
	}

	/**
	 * Waits a moment for the messages other connections are still reading, so that they share this
	 * group's commit instead of each waiting for one of their own: under load, a few hundred
	 * microseconds of waiting save a commit per message. A message alone (one connection, a quiet
	 * feed) never waits, nor does a group once every message in flight has joined it.
	 */
	private void gather(List<Pending> group) throws InterruptedException {
		long deadline = System.nanoTime() + maxWaitNanos;
		while (group.size() < maxGroup && group.size() < inFlight.get()) {
			long left = deadline - System.nanoTime();
			if (left <= 0) {
				return;
			}
			Pending next = queue.poll(left, TimeUnit.NANOSECONDS);
			if (next == null) {
				return;
			}
			group.add(next);
			queue.drainTo(group, maxGroup - group.size());
		}
	}

	private void write(List<Pending> group) {
		List<Result> results = storeGroup(group.stream().map(Pending::message).toList());
		for (int i = 0; i < group.size(); i++) {
			Result result = results.get(i);
			if (result.stored() != null) {
				group.get(i).result().complete(result.stored());
			}
			else {
				group.get(i).result().completeExceptionally(result.failure());
			}
		}
	}

	/**
	 * Stores a group of messages in one transaction and answers what became of each, in order; if
	 * the group fails as a whole, each message is stored again on its own and may fail alone.
	 */
	List<Result> storeGroup(List<Accepted> group) {
		if (group.size() > 1) {
			try {
				List<Stored> stored = transaction.execute(tx -> writeTogether(group));
				radiologists.flushIfDue();
				return stored.stream().map(s -> new Result(s, null)).toList();
			}
			catch (RuntimeException ex) {
				log.debug("A group of {} HL7 messages is stored again one by one ({})", group.size(), ex.getClass().getSimpleName());
			}
		}
		List<Result> results = new ArrayList<>(group.size());
		for (Accepted message : group) {
			try {
				results.add(new Result(storeAlone(message), null));
			}
			catch (RuntimeException ex) {
				results.add(new Result(null, ex));
			}
		}
		return results;
	}

	private void writeAlone(Pending pending) {
		try {
			pending.result().complete(storeAlone(pending.message()));
		}
		catch (RuntimeException ex) {
			pending.result().completeExceptionally(ex);
		}
	}

	/** The body of a group's transaction: what a message alone would do, with one batch per table. */
	private List<Stored> writeTogether(List<Accepted> group) {
		List<Key> keys = group.stream().map(m -> MessageLog.key(m.header())).toList();
		Set<Key> known = messages.alreadyAccepted(keys);
		Set<Key> seen = new HashSet<>();
		List<UUID> ids = new ArrayList<>(group.size());
		List<Boolean> fresh = new ArrayList<>(group.size());
		List<Application> applications = new ArrayList<>();
		for (int i = 0; i < group.size(); i++) {
			Accepted message = group.get(i);
			UUID id = UUID.randomUUID();
			boolean isNew = !known.contains(keys.get(i)) && seen.add(keys.get(i));
			ids.add(id);
			fresh.add(isNew);
			if (isNew) {
				for (ExamMessage exam : message.exams()) {
					applications.add(new Application(message.route(), exam, id));
				}
			}
		}
		List<ExamId> exams = recorder.applyAll(applications);
		List<Row> rows = new ArrayList<>(group.size());
		int next = 0;
		for (int i = 0; i < group.size(); i++) {
			Accepted message = group.get(i);
			ExamId first = null;
			if (fresh.get(i)) {
				first = exams.get(next);
				next += message.exams().size();
			}
			rows.add(new Row(ids.get(i), fresh.get(i) ? Status.ACCEPTED : Status.DUPLICATE, message.header(),
					message.route().organizationId(), fresh.get(i) ? message.route() : null, message.raw(), message.charset(),
					first));
		}
		boolean[] inserted = messages.insertAll(rows);
		List<Stored> stored = new ArrayList<>(group.size());
		for (int i = 0; i < group.size(); i++) {
			if (!inserted[i]) {
				throw new ResendRace();
			}
			stored.add(new Stored(fresh.get(i) ? Status.ACCEPTED : Status.DUPLICATE, ids.get(i)));
		}
		return stored;
	}

	/** A message read and routed, ready to be stored and applied. */
	record Accepted(Header header, Route route, List<ExamMessage> exams, byte[] raw, Charset charset, UUID replayOf) {
	}

	/** What became of a stored message: accepted, or recognised as a resend. */
	record Stored(Status status, UUID messageId) {
	}

	/** What became of one message of a group: stored, or the failure to answer AE for. */
	record Result(Stored stored, RuntimeException failure) {
	}

	private record Pending(Accepted message, CompletableFuture<Stored> result) {
	}

	/** Another instance accepted one of the group's control ids after the group looked: store one by one. */
	private static final class ResendRace extends RuntimeException {

		private static final long serialVersionUID = 1L;

		ResendRace() {
			super(null, null, false, false);
		}
	}
}
