package org.peerlearning.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.peerlearning.ApplicationTest;
import org.peerlearning.audit.internal.AuditEntries;
import org.peerlearning.audit.internal.AuditEntry;
import org.peerlearning.audit.internal.ChainVerification;
import org.peerlearning.audit.internal.ChainVerifier;
import org.peerlearning.audit.internal.EntryHash;
import org.peerlearning.identity.People;
import org.peerlearning.organization.Organizations;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.ScheduledTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ApplicationTest
class AuditTrailTests {

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AuditEntries entries;

	@Autowired
	ChainVerifier chain;

	@Autowired
	People people;

	@Autowired
	Organizations organizations;

	@Autowired
	List<ScheduledTaskHolder> scheduled;

	@Test
	void everyAuditableEventIsAppendedWithTheHashOfThePreviousEntry() {
		UUID lakeshore = organizations.findByName("Lakeshore Regional Health").orElseThrow().id().value();
		UUID admin = people.findByEmail("admin@lakeshore.demo").orElseThrow().id().value();
		String first = unique();
		String second = unique();
		String third = unique();
		transaction.executeWithoutResult(status -> {
			events.publishEvent(SomethingHappened.in(lakeshore, admin, first));
			events.publishEvent(SomethingHappened.in(lakeshore, admin, second));
		});
		events.publishEvent(SomethingHappened.in(null, null, third));

		AuditEntry a = entryFor(first);
		AuditEntry b = entryFor(second);
		AuditEntry c = entryFor(third);
		assertThat(a.previousHash()).isEqualTo(hashBefore(a.id()));
		assertThat(b.previousHash()).isEqualTo(a.hash());
		assertThat(c.previousHash()).isEqualTo(hashBefore(c.id()));
		assertThat(List.of(a, b, c)).allSatisfy(e -> assertThat(e.hash()).matches("[0-9a-f]{64}").isEqualTo(EntryHash.of(e)));
		assertThat(a.actorLabel()).isEqualTo("admin@lakeshore.demo");
		assertThat(a.organizationId()).isEqualTo(lakeshore);
		assertThat(a.action()).isEqualTo(SomethingHappened.ACTION);
		assertThat(a.targetType()).isEqualTo("thing");
		assertThat(a.details()).containsEntry("reason", "testing").containsEntry("count", "2");
		assertThat(c.actorLabel()).isEqualTo("system");
		assertThat(c.organizationId()).isNull();
		assertThat(chain.verify().intact()).isTrue();
	}

	@Test
	void anEntryCannotBeUpdatedOrDeleted() {
		String target = unique();
		events.publishEvent(SomethingHappened.in(null, null, target));
		AuditEntry entry = entryFor(target);

		assertThatThrownBy(() -> jdbc.sql("update audit_entry set action = 'forged' where id = ?").param(entry.id()).update())
			.isInstanceOf(DataAccessException.class)
			.rootCause()
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.sql("delete from audit_entry where id = ?").param(entry.id()).update())
			.isInstanceOf(DataAccessException.class)
			.rootCause()
			.hasMessageContaining("append-only");
		// Rolled back whatever happens, so a failure here cannot empty the trail for other tests.
		assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
			status.setRollbackOnly();
			jdbc.sql("truncate audit_entry").update();
		})).isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");

		assertThat(entryFor(target)).isEqualTo(entry);
	}

	@Test
	void theChainCheckReportsTheFirstAlteredEntry() {
		String first = unique();
		String second = unique();
		// One transaction: nothing can come between the two entries.
		transaction.executeWithoutResult(status -> {
			events.publishEvent(SomethingHappened.in(null, null, first));
			events.publishEvent(SomethingHappened.in(null, null, second));
		});
		AuditEntry a = entryFor(first);
		AuditEntry b = entryFor(second);
		assertThat(chain.verify().intact()).isTrue();

		// What a superuser can do: switch the guard off and rewrite history.
		jdbc.sql("alter table audit_entry disable trigger audit_entry_append_only").update();
		try {
			jdbc.sql("update audit_entry set target_id = 'forged' where id = ?").param(a.id()).update();
			ChainVerification altered = chain.verify();
			assertThat(altered.intact()).isFalse();
			assertThat(altered.firstBrokenEntryId()).isEqualTo(a.id());
			assertThat(altered.firstBrokenEntryOccurredAt()).isEqualTo(a.occurredAt());
			assertThat(altered.reason()).isEqualTo(ChainVerification.HASH_MISMATCH);

			// A forger who also recomputes the hash breaks the link from the next entry instead.
			AuditEntry forged = new AuditEntry(a.id(), a.occurredAt(), a.organizationId(), a.actorId(), a.actorLabel(), a.action(),
					a.targetType(), "forged", a.detailsJson(), a.clientIp(), a.userAgent(), a.previousHash(), null);
			jdbc.sql("update audit_entry set hash = ? where id = ?").params(EntryHash.of(forged), a.id()).update();
			ChainVerification relinked = chain.verify();
			assertThat(relinked.intact()).isFalse();
			assertThat(relinked.firstBrokenEntryId()).isEqualTo(b.id());
			assertThat(relinked.reason()).isEqualTo(ChainVerification.PREVIOUS_HASH_MISMATCH);
		}
		finally {
			jdbc.sql("update audit_entry set target_id = ?, hash = ? where id = ?").params(a.targetId(), a.hash(), a.id()).update();
			jdbc.sql("alter table audit_entry enable trigger audit_entry_append_only").update();
		}
		assertThat(chain.verify().intact()).isTrue();
	}

	@Test
	void anAuditEntryRollsBackWithItsTransaction() {
		String target = unique();
		assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
			events.publishEvent(SomethingHappened.in(null, null, target));
			assertThat(count(target)).isOne();
			throw new IllegalStateException("the change fails");
		})).hasMessage("the change fails");
		assertThat(count(target)).isZero();

		String next = unique();
		events.publishEvent(SomethingHappened.in(null, null, next));
		assertThat(entryFor(next).previousHash()).isEqualTo(hashBefore(entryFor(next).id()));
		assertThat(chain.verify().intact()).isTrue();
	}

	@Test
	void anEventPublishedInAReadOnlyTransactionIsStillRecorded() {
		String target = unique();
		TransactionTemplate readOnly = new TransactionTemplate(transactions);
		readOnly.setReadOnly(true);
		readOnly.executeWithoutResult(status -> events.publishEvent(SomethingHappened.in(null, null, target)));
		assertThat(count(target)).isOne();
	}

	@Test
	void concurrentAppendsFormOneUnbrokenChain() throws Exception {
		int threads = 8;
		int each = 15;
		String prefix = unique();
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<?>> done = new ArrayList<>();
		try {
			for (int t = 0; t < threads; t++) {
				int thread = t;
				done.add(pool.submit(() -> {
					start.await();
					for (int i = 0; i < each; i++) {
						String target = prefix + "-" + thread + "-" + i;
						if (i % 3 == 0) {
							events.publishEvent(SomethingHappened.in(null, null, target));
						}
						else {
							transaction.executeWithoutResult(status -> events.publishEvent(SomethingHappened.in(null, null, target)));
						}
					}
					return null;
				}));
			}
			start.countDown();
			for (Future<?> future : done) {
				future.get(2, TimeUnit.MINUTES);
			}
		}
		finally {
			pool.shutdownNow();
		}

		assertThat(jdbc.sql("select count(*) from audit_entry where target_id like ?").param(prefix + "-%").query(Long.class).single())
			.isEqualTo((long) threads * each);
		assertThat(jdbc.sql("select count(*) from (select previous_hash from audit_entry group by previous_hash having count(*) > 1) forks")
			.query(Long.class)
			.single()).as("entries sharing a previous hash").isZero();
		ChainVerification verification = chain.verify();
		assertThat(verification.intact()).isTrue();
		assertThat(verification.entriesChecked()).isGreaterThanOrEqualTo((long) threads * each);
	}

	@Test
	void theClientAddressAndBrowserComeFromTheRequestNotFromForwardedHeaders() {
		String target = unique();
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/login");
		request.setRemoteAddr("203.0.113.9");
		request.addHeader("X-Forwarded-For", "198.51.100.1");
		request.addHeader("User-Agent", "Mozilla/5.0 " + "x".repeat(500));
		RequestAttributes before = RequestContextHolder.getRequestAttributes();
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
		try {
			events.publishEvent(SomethingHappened.in(null, null, target));
		}
		finally {
			RequestContextHolder.setRequestAttributes(before);
		}
		AuditEntry entry = entryFor(target);
		assertThat(entry.clientIp()).isEqualTo("203.0.113.9");
		assertThat(entry.userAgent()).startsWith("Mozilla/5.0 xxx").hasSize(300);
	}

	@Test
	void theChainIsVerifiedEveryNight() {
		assertThat(scheduled.stream().flatMap(holder -> holder.getScheduledTasks().stream()).map(ScheduledTask::getTask).toList())
			.filteredOn(CronTask.class::isInstance)
			.extracting(task -> ((CronTask) task).getExpression())
			.contains("0 30 2 * * *");
	}

	private AuditEntry entryFor(String target) {
		long id = jdbc.sql("select id from audit_entry where target_id = ?").param(target).query(Long.class).single();
		return entries.find(id, null).orElseThrow();
	}

	private String hashBefore(long id) {
		return jdbc.sql("select hash from audit_entry where id < ? order by id desc limit 1")
			.param(id)
			.query(String.class)
			.optional()
			.orElse(EntryHash.GENESIS);
	}

	private long count(String target) {
		return jdbc.sql("select count(*) from audit_entry where target_id = ?").param(target).query(Long.class).single();
	}

	private static String unique() {
		return "audit-test-" + UUID.randomUUID();
	}
}
