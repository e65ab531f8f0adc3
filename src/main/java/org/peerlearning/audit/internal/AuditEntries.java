package org.peerlearning.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the audit trail. Nothing here writes: appending is {@link AuditTrail}'s alone. */
@Repository
public class AuditEntries {

	private static final String COLUMNS = "id, occurred_at, organization_id, actor_id, actor_label, action, target_type, "
			+ "target_id, details::text as details, client_ip, user_agent, previous_hash, hash";

	private final JdbcClient jdbc;

	AuditEntries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * One page of entries, newest first. Asks for one entry more than the page holds, so the caller
	 * knows whether a next page exists without counting the whole table.
	 */
	public List<AuditEntry> find(AuditQuery query, int page, int size) {
		StringBuilder sql = new StringBuilder("select ").append(COLUMNS).append(" from audit_entry where true");
		List<Object> params = new ArrayList<>();
		if (query.organizationId() != null) {
			sql.append(" and organization_id = ?");
			params.add(query.organizationId());
		}
		if (query.actionPrefix() != null) {
			sql.append(" and action like ? escape '\\'");
			params.add(escapeLike(query.actionPrefix()) + "%");
		}
		if (query.actor() != null) {
			sql.append(" and lower(actor_label) like ? escape '\\'");
			params.add("%" + escapeLike(query.actor().toLowerCase()) + "%");
		}
		if (query.from() != null) {
			sql.append(" and occurred_at >= ?");
			params.add(Timestamp.from(query.from()));
		}
		if (query.to() != null) {
			sql.append(" and occurred_at < ?");
			params.add(Timestamp.from(query.to()));
		}
		if (query.targetId() != null) {
			sql.append(" and target_id = ?");
			params.add(query.targetId());
		}
		sql.append(" order by id desc limit ? offset ?");
		params.add(size + 1);
		params.add((long) page * size);
		return jdbc.sql(sql.toString()).params(params).query(AuditEntries::entry).list();
	}

	/** One entry, if it exists within the scope ({@code null}: any organization). */
	public Optional<AuditEntry> find(long id, UUID organizationScope) {
		if (organizationScope == null) {
			return jdbc.sql("select " + COLUMNS + " from audit_entry where id = ?").param(id).query(AuditEntries::entry).optional();
		}
		return jdbc.sql("select " + COLUMNS + " from audit_entry where id = ? and organization_id = ?")
			.params(id, organizationScope)
			.query(AuditEntries::entry)
			.optional();
	}

	/** The next entries of the chain after {@code afterId}, in chain (id) order. */
	List<AuditEntry> chainAfter(long afterId, int limit) {
		return jdbc.sql("select " + COLUMNS + " from audit_entry where id > ? order by id limit ?")
			.params(afterId, limit)
			.query(AuditEntries::entry)
			.list();
	}

	static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	static AuditEntry entry(ResultSet rs, int row) throws SQLException {
		return new AuditEntry(rs.getLong("id"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
				rs.getObject("organization_id", UUID.class), rs.getObject("actor_id", UUID.class), rs.getString("actor_label"),
				rs.getString("action"), rs.getString("target_type"), rs.getString("target_id"), rs.getString("details"),
				rs.getString("client_ip"), rs.getString("user_agent"), rs.getString("previous_hash"), rs.getString("hash"));
	}
}
