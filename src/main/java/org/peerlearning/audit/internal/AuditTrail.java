package org.peerlearning.audit.internal;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends entries to the chain. Appends are serialized by a transaction-scoped advisory lock, held
 * until the surrounding transaction ends, so every entry links to the entry committed just before
 * it and the chain never forks, however many instances write. The price: audited transactions
 * queue behind each other from their first audited event until they end, so publishers should
 * publish their events late in the transaction, after the slow work.
 */
@Service
public class AuditTrail {

	/** The advisory lock key of the audit chain ("AUDIT" in ASCII), shared by every instance. */
	static final long CHAIN_LOCK = 0x4155444954L;

	private final JdbcClient jdbc;

	AuditTrail(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Records an entry in the current transaction, or in a new one when there is none. */
	@Transactional
	public AuditEntry append(NewEntry entry) {
		// The lock and the read of the last hash must be separate statements: under READ COMMITTED
		// each statement takes a fresh snapshot, so the read sees whatever the previous lock holder
		// committed. A snapshot held from before the lock (REPEATABLE READ, SERIALIZABLE) could not
		// see it and would fork the chain, so those are refused.
		String isolation = jdbc.sql("select current_setting('transaction_isolation') as isolation, pg_advisory_xact_lock(?)")
			.param(CHAIN_LOCK)
			.query((rs, n) -> rs.getString("isolation"))
			.single();
		if (!"read committed".equals(isolation)) {
			throw new IllegalStateException("audit entries can only be appended under READ COMMITTED, not " + isolation);
		}
		Head head = jdbc.sql("""
				select nextval(pg_get_serial_sequence('audit_entry', 'id')) as next_id,
				       (select hash from audit_entry order by id desc limit 1) as last_hash""")
			.query((rs, n) -> new Head(rs.getLong("next_id"), rs.getString("last_hash")))
			.single();
		AuditEntry unsigned = new AuditEntry(head.nextId(), EntryHash.storable(entry.occurredAt()), entry.organizationId(),
				entry.actorId(), entry.actorLabel(), entry.action(), entry.targetType(), entry.targetId(),
				EntryHash.detailsJson(entry.details()), entry.clientIp(), entry.userAgent(),
				head.lastHash() == null ? EntryHash.GENESIS : head.lastHash(), null);
		AuditEntry signed = new AuditEntry(unsigned.id(), unsigned.occurredAt(), unsigned.organizationId(), unsigned.actorId(),
				unsigned.actorLabel(), unsigned.action(), unsigned.targetType(), unsigned.targetId(), unsigned.detailsJson(),
				unsigned.clientIp(), unsigned.userAgent(), unsigned.previousHash(), EntryHash.of(unsigned));
		jdbc.sql("""
				insert into audit_entry (id, occurred_at, organization_id, actor_id, actor_label, action, target_type, target_id,
				                         details, client_ip, user_agent, previous_hash, hash)
				values (?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?, ?)""")
			.params(signed.id(), OffsetDateTime.ofInstant(signed.occurredAt(), ZoneOffset.UTC), signed.organizationId(),
					signed.actorId(), signed.actorLabel(), signed.action(), signed.targetType(), signed.targetId(),
					signed.detailsJson(), signed.clientIp(), signed.userAgent(), signed.previousHash(), signed.hash())
			.update();
		return signed;
	}

	private record Head(long nextId, String lastHash) {
	}
}
