package org.peerlearning.platform.database;

import java.sql.Timestamp;
import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.peerlearning.ApplicationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** A table written to in a burst is analyzed once the rows written have doubled, after the commit. */
@ApplicationTest
class TableStatisticsTests {

	@Autowired
	TableStatistics statistics;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aTableThatGrewByAThousandRowsIsAnalyzedOnceTheTransactionHasCommitted() {
		jdbc.sql("create table if not exists statistics_probe_1 (id bigint)").update();
		transaction.executeWithoutResult(tx -> statistics.writing("statistics_probe_1", 400));
		transaction.executeWithoutResult(tx -> {
			statistics.writing("statistics_probe_1", 700);
			tx.setRollbackOnly(); // rolled back: not counted
		});
		assertThat(analyzedAt()).isNull();

		transaction.executeWithoutResult(tx -> statistics.writing("statistics_probe_1", 700));
		await().atMost(Duration.ofSeconds(20)).until(() -> analyzedAt() != null);
	}

	@Test
	void onlyPlainTableNamesAreAccepted() {
		assertThatThrownBy(() -> statistics.writing("exam; drop table exam", 1)).isInstanceOf(IllegalArgumentException.class);
		statistics.writing("hl7_message", 0);
	}

	private Timestamp analyzedAt() {
		return jdbc.sql("select last_analyze from pg_stat_user_tables where relname = 'statistics_probe_1'")
			.query((rs, n) -> Optional.ofNullable(rs.getTimestamp(1)))
			.single()
			.orElse(null);
	}
}
