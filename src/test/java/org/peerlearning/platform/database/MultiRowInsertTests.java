package org.peerlearning.platform.database;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerlearning.ApplicationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Rows inserted by one statement arrive whole, in order, with nulls, and conflicts are told apart. */
@ApplicationTest
class MultiRowInsertTests {

	private static final MultiRowInsert INSERT = new MultiRowInsert("multi_row_probe",
			List.of("id uuid", "position varchar", "label text", "payload bytea", "born date", "at timestamptz"),
			"on conflict (position) do nothing");

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void aProbeTable() {
		jdbc.sql("""
				create table if not exists multi_row_probe (id uuid primary key, position varchar(10) unique, label text,
				    payload bytea, born date, at timestamptz, seq bigint generated always as identity)""").update();
		jdbc.sql("truncate multi_row_probe").update();
	}

	@Test
	void everyTypeGoesInAsWrittenNullsIncludedAndInTheOrderGiven() {
		UUID first = UUID.randomUUID();
		UUID second = UUID.randomUUID();
		OffsetDateTime at = OffsetDateTime.of(2026, 11, 29, 6, 53, 38, 0, ZoneOffset.ofHours(-5));
		INSERT.insert(jdbc, List.of(
				new Object[] { first, "a", "Café, \"quoted\" {braces} and \\ backslash", new byte[] { 0, 1, (byte) 0xff },
						LocalDate.of(1948, 2, 29), at },
				new Object[] { second, "b", null, new byte[0], null, Instant.parse("2026-01-01T00:00:00Z") }));

		List<Map<String, Object>> rows = jdbc.sql("select * from multi_row_probe order by seq").query().listOfRows();
		assertThat(rows).extracting(r -> r.get("id")).containsExactly(first, second);
		assertThat(rows.get(0).get("label")).isEqualTo("Café, \"quoted\" {braces} and \\ backslash");
		assertThat((byte[]) rows.get(0).get("payload")).containsExactly(0, 1, 0xff);
		assertThat(rows.get(0).get("born").toString()).isEqualTo("1948-02-29");
		assertThat(((java.sql.Timestamp) rows.get(0).get("at")).toInstant()).isEqualTo(at.toInstant());
		assertThat(rows.get(1).get("label")).isNull();
		assertThat(rows.get(1).get("born")).isNull();
		assertThat(((java.sql.Timestamp) rows.get(1).get("at")).toInstant()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
	}

	@Test
	void rowsMeetingTheConflictAreLeftOutAndNamedByWhatIsAbsentFromTheAnswer() {
		UUID kept = UUID.randomUUID();
		INSERT.insert(jdbc, List.<Object[]>of(new Object[] { kept, "a", null, new byte[0], null, null }));
		UUID clash = UUID.randomUUID();
		UUID fresh = UUID.randomUUID();
		UUID sameStatement = UUID.randomUUID();
		Set<UUID> inserted = INSERT.inserted(jdbc, List.of(new Object[] { clash, "a", null, new byte[0], null, null },
				new Object[] { fresh, "b", null, new byte[0], null, null },
				new Object[] { sameStatement, "b", null, new byte[0], null, null }));
		assertThat(inserted).containsExactly(fresh);
	}
}
