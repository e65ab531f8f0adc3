package org.peerlearning.notification.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.peerlearning.identity.PersonId;
import org.peerlearning.notification.Notice;
import org.peerlearning.organization.OrganizationId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Notices in the database. A person sees their notices of the organization they are working in
 * and those about their own account; nobody sees anyone else's.
 */
@Repository
public class NoticeStore {

	private static final String VISIBLE = "recipient_id = :recipient and (organization_id is null or organization_id = :organization)";

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	NoticeStore(JdbcClient jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	public UUID record(Notice notice) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into notice (id, organization_id, recipient_id, kind, link)
				values (?, ?, ?, ?, ?)""")
			.params(id, notice.organizationId() == null ? null : notice.organizationId().value(), notice.recipient().value(),
					notice.kind(), notice.link())
			.update();
		events.publishEvent(new NoticeRecorded(id));
		return id;
	}

	public int unreadCount(PersonId recipient, OrganizationId organization) {
		return jdbc.sql("select count(*) from notice where read_at is null and " + VISIBLE)
			.param("recipient", recipient.value())
			.param("organization", organization == null ? null : organization.value())
			.query(Integer.class)
			.single();
	}

	public List<StoredNotice> latest(PersonId recipient, OrganizationId organization, int limit) {
		return jdbc.sql("select * from notice where " + VISIBLE + " order by created_at desc, id limit :limit")
			.param("recipient", recipient.value())
			.param("organization", organization == null ? null : organization.value())
			.param("limit", limit)
			.query(NoticeStore::map)
			.list();
	}

	public Optional<StoredNotice> find(UUID id, PersonId recipient, OrganizationId organization) {
		return jdbc.sql("select * from notice where id = :id and " + VISIBLE)
			.param("id", id)
			.param("recipient", recipient.value())
			.param("organization", organization == null ? null : organization.value())
			.query(NoticeStore::map)
			.optional();
	}

	/** Marks one notice read; answers whether the person could see it. */
	public boolean markRead(UUID id, PersonId recipient, OrganizationId organization) {
		return jdbc.sql("update notice set read_at = coalesce(read_at, now()) where id = :id and " + VISIBLE)
			.param("id", id)
			.param("recipient", recipient.value())
			.param("organization", organization == null ? null : organization.value())
			.update() == 1;
	}

	public int markAllRead(PersonId recipient, OrganizationId organization) {
		return jdbc.sql("update notice set read_at = now() where read_at is null and " + VISIBLE)
			.param("recipient", recipient.value())
			.param("organization", organization == null ? null : organization.value())
			.update();
	}

	/** The notice an e-mail is about, whoever its recipient (for the mail delivery only). */
	Optional<StoredNotice> forDelivery(UUID id) {
		return jdbc.sql("select * from notice where id = ?").param(id).query(NoticeStore::map).optional();
	}

	void delivered(UUID id, String outcome, boolean sent) {
		jdbc.sql("update notice set email_outcome = ?, emailed_at = case when ? then now() else emailed_at end where id = ?")
			.params(outcome, sent, id)
			.update();
	}

	/** Notices whose e-mail failed recently, to try again. */
	List<UUID> failedSince(Duration age) {
		return jdbc.sql("select id from notice where email_outcome like 'failed%' and created_at > ? order by created_at limit 100")
			.param(Timestamp.from(Instant.now().minus(age)))
			.query(UUID.class)
			.list();
	}

	private static StoredNotice map(ResultSet rs, int row) throws SQLException {
		Timestamp read = rs.getTimestamp("read_at");
		return new StoredNotice(rs.getObject("id", UUID.class), rs.getObject("organization_id", UUID.class),
				rs.getObject("recipient_id", UUID.class), rs.getString("kind"), rs.getString("link"),
				rs.getTimestamp("created_at").toInstant(), read == null ? null : read.toInstant());
	}
}
