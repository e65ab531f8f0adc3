package org.peerlearning.platform.scheduling;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.peerlearning.ApplicationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Two instances sharing the database never run the same job at once. */
@ApplicationTest
class JobLocksTests {

	@Autowired
	JobLocks locks;

	@Autowired
	TransactionTemplate transaction;

	@Test
	void whileOneTransactionRunsAJobAnotherSkipsItAndGetsItOnceTheFirstHasEnded() throws Exception {
		CountDownLatch held = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		CompletableFuture<Boolean> first = CompletableFuture.supplyAsync(() -> transaction.execute(status -> {
			boolean got = locks.tryLock("nightly-test");
			held.countDown();
			try {
				release.await(20, TimeUnit.SECONDS);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
			return got;
		}));
		assertThat(held.await(20, TimeUnit.SECONDS)).isTrue();

		assertThat(locked("nightly-test")).isFalse();
		assertThat(locked("another-job")).isTrue();

		release.countDown();
		assertThat(first.get(20, TimeUnit.SECONDS)).isTrue();
		assertThat(locked("nightly-test")).isTrue();
	}

	private boolean locked(String job) {
		Boolean got = transaction.execute(status -> locks.tryLock(job));
		return Boolean.TRUE.equals(got);
	}

	@Test
	void aLockIsOnlyTakenInsideTheJobsTransaction() {
		assertThatThrownBy(() -> locks.tryLock("outside")).isInstanceOf(IllegalTransactionStateException.class);
	}
}
