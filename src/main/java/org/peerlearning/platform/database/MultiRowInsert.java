package org.peerlearning.platform.database;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Inserts many rows with one statement: the values go in as one array per column, unnested in
 * their order. PostgreSQL then starts one statement (locks, indexes opened, plan) for all the rows
 * instead of one per row, as a JDBC batch of single-row inserts would: for a table with several
 * indexes that per-statement work is most of what an insert costs.
 *
 * <p>Column types are PostgreSQL's names: {@code uuid}, {@code varchar}, {@code text},
 * {@code bytea}, {@code date} (a {@link LocalDate}) and {@code timestamptz} (an
 * {@link OffsetDateTime} or {@link java.time.Instant}). A {@code conflict} clause (e.g.
 * {@code on conflict (a, b) do nothing}) makes it answer which rows went in, by the value of the
 * row's first column, which must then be a unique {@code uuid}.
 */
public final class MultiRowInsert {

	private final String table;

	private final List<String> columns;

	private final List<String> types;

	private final String conflict;

	private final String sql;

	/**
	 * @param columns the table's columns, each followed by its type: {@code "id uuid", "name varchar"}
	 * @param conflict an {@code on conflict ...} clause, or empty
	 */
	public MultiRowInsert(String table, List<String> columns, String conflict) {
		this.table = table;
		this.columns = columns.stream().map(c -> c.trim().split("\\s+")[0]).toList();
		this.types = columns.stream().map(c -> c.trim().split("\\s+")[1]).toList();
		this.conflict = conflict == null ? "" : conflict;
		String unnest = types.stream().map(t -> "?::" + t + "[]").collect(Collectors.joining(", "));
		String aliases = IntStream.range(0, this.columns.size()).mapToObj(i -> "c" + i).collect(Collectors.joining(", "));
		this.sql = "insert into " + this.table + " (" + String.join(", ", this.columns) + ") select " + aliases + " from unnest("
				+ unnest + ") with ordinality as u (" + aliases + ", ord) order by ord " + this.conflict
				+ (this.conflict.isEmpty() ? "" : " returning " + this.columns.get(0));
	}

	/** Inserts the rows (each an array of values in the columns' order); answers how many went in. */
	public int insert(JdbcClient jdbc, List<Object[]> rows) {
		if (rows.isEmpty()) {
			return 0;
		}
		if (!conflict.isEmpty()) {
			return inserted(jdbc, rows).size();
		}
		return jdbc.sql(sql).params(arrays(rows)).update();
	}

	/** Inserts the rows and answers the first-column values of those that went in (the others met the conflict). */
	public Set<UUID> inserted(JdbcClient jdbc, List<Object[]> rows) {
		if (rows.isEmpty()) {
			return Set.of();
		}
		if (conflict.isEmpty()) {
			throw new IllegalStateException("Without a conflict clause every row goes in");
		}
		return new HashSet<>(jdbc.sql(sql).params(arrays(rows)).query(UUID.class).list());
	}

	String sql() {
		return sql;
	}

	private List<Object> arrays(List<Object[]> rows) {
		List<Object> arrays = new ArrayList<>(types.size());
		for (int c = 0; c < types.size(); c++) {
			String type = types.get(c);
			int column = c;
			arrays.add(switch (type) {
				case "uuid" -> rows.stream().map(r -> (UUID) r[column]).toArray(UUID[]::new);
				case "bytea" -> rows.stream().map(r -> (byte[]) r[column]).toArray(byte[][]::new);
				case "date", "timestamptz" -> rows.stream().map(r -> text((TemporalAccessor) r[column])).toArray(String[]::new);
				case "varchar", "text" -> rows.stream().map(r -> (String) r[column]).toArray(String[]::new);
				default -> throw new IllegalArgumentException("No array binding for column type " + type);
			});
		}
		return arrays;
	}

	private static String text(TemporalAccessor value) {
		return value == null ? null : value.toString();
	}
}
