package org.peerlearning.intake.domain;

import java.nio.charset.Charset;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.peerlearning.intake.ExamId;
import org.peerlearning.organization.OrganizationId;
import org.peerlearning.platform.database.MultiRowInsert;
import org.peerlearning.platform.database.TableStatistics;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import static org.peerlearning.intake.domain.RadiologistResolver.cut;

/**
 * The {@code hl7_message} table: every message as received, with what became of it. Accepted
 * messages are unique per sender and control id; inserting a second one answers {@code false},
 * which is how a resend is recognised even when two copies arrive at once.
 */
@Component
public class MessageLog {

	/** The rows of {@link #insertAll}, by one statement. */
	private static final MultiRowInsert INSERT_ALL = new MultiRowInsert("hl7_message",
			List.of("id uuid", "organization_id uuid", "site_id uuid", "control_id varchar", "sending_application varchar",
					"sending_facility varchar", "receiving_application varchar", "receiving_facility varchar",
					"message_type varchar", "version varchar", "raw bytea", "charset varchar", "status varchar", "exam_id uuid",
					"replay_of uuid"),
			"on conflict (sending_facility, control_id) where status = 'ACCEPTED' and control_id is not null do nothing");

	private final JdbcClient jdbc;

	private final TableStatistics statistics;

	public MessageLog(JdbcClient jdbc, TableStatistics statistics) {
		this.jdbc = jdbc;
		this.statistics = statistics;
	}

	/** The sender and control id that make a message unique among the accepted ones, as stored. */
	public static Key key(Header header) {
		return new Key(facility(header.sendingFacility()), cut(header.controlId(), 199));
	}

	/**
	 * Which of these senders' control ids were already accepted: one query for a whole group of
	 * messages. The keys go in as two arrays, so the statement text never changes; each key is looked
	 * up on its own in the unique index (a lateral sub-query with a limit cannot be turned into a
	 * join), because a join of the keys with the table may be planned as a hash join that reads every
	 * accepted message, a cost that grows with the table.
	 */
	public Set<Key> alreadyAccepted(List<Key> keys) {
		if (keys.isEmpty()) {
			return Set.of();
		}
		String[] facilities = keys.stream().map(Key::sendingFacility).toArray(String[]::new);
		String[] controlIds = keys.stream().map(Key::controlId).toArray(String[]::new);
		return new HashSet<>(jdbc.sql("""
				select k.sending_facility, k.control_id
				from unnest(?::varchar[], ?::varchar[]) as k (sending_facility, control_id)
				cross join lateral (select 1 from hl7_message m
				                    where m.sending_facility = k.sending_facility and m.control_id = k.control_id
				                      and m.status = 'ACCEPTED' and m.control_id is not null
				                    limit 1) as found""")
			.params(facilities, controlIds)
			.query((rs, n) -> new Key(rs.getString("sending_facility"), rs.getString("control_id")))
			.list());
	}

	/**
	 * Stores several messages (accepted ones and resends) with one statement, in the caller's
	 * transaction; answers, in order, whether each row went in: an accepted message whose sender and
	 * control id were accepted meanwhile (by another instance) is left out, as {@link #insertAccepted} would.
	 */
	public boolean[] insertAll(List<Row> rows) {
		List<Object[]> arguments = new ArrayList<>(rows.size());
		for (Row row : rows) {
			Header h = row.header();
			arguments.add(new Object[] { row.id(), row.organizationId() == null ? null : row.organizationId().value(),
					row.route() == null || row.route().siteId() == null ? null : row.route().siteId().value(),
					cut(h.controlId(), 199), cut(h.sendingApplication(), 227), facility(h.sendingFacility()),
					cut(h.receivingApplication(), 227), cut(h.receivingFacility(), 227), cut(h.messageType(), 20),
					cut(h.version(), 10), row.raw(), row.charset() == null ? null : row.charset().name(), row.status().name(),
					row.exam() == null ? null : row.exam().value(), null });
		}
		Set<UUID> stored = INSERT_ALL.inserted(jdbc, arguments);
		statistics.writing("hl7_message", stored.size());
		boolean[] inserted = new boolean[rows.size()];
		for (int i = 0; i < rows.size(); i++) {
			inserted[i] = stored.contains(rows.get(i).id());
		}
		return inserted;
	}

	/** Stores an accepted message unless the same sender's control id was already accepted. */
	public boolean insertAccepted(UUID id, Header header, Route route, byte[] raw, Charset charset, ExamId exam, UUID replayOf) {
		return jdbc.sql("""
				insert into hl7_message (id, organization_id, site_id, control_id, sending_application, sending_facility,
				    receiving_application, receiving_facility, message_type, version, raw, charset, status, exam_id, replay_of)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'ACCEPTED', ?, ?)
				on conflict (sending_facility, control_id) where status = 'ACCEPTED' and control_id is not null do nothing""")
			.params(id, route.organizationId().value(), route.siteId() == null ? null : route.siteId().value(),
					cut(header.controlId(), 199), cut(header.sendingApplication(), 227), facility(header.sendingFacility()),
					cut(header.receivingApplication(), 227), cut(header.receivingFacility(), 227), cut(header.messageType(), 20),
					cut(header.version(), 10), raw, charset.name(), exam == null ? null : exam.value(), replayOf)
			.update() == 1;
	}

	/** Stores a message that was not applied: rejected (with why), or a resend of one already accepted. */
	public UUID insertUnapplied(Status status, Header header, OrganizationId organization, byte[] raw, Charset charset,
			String errorCode, String errorText) {
		UUID id = UUID.randomUUID();
		Header h = header == null ? Header.NONE : header;
		jdbc.sql("""
				insert into hl7_message (id, organization_id, control_id, sending_application, sending_facility,
				    receiving_application, receiving_facility, message_type, version, raw, charset, status, error_code, error_text)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, organization == null ? null : organization.value(), cut(h.controlId(), 199),
					cut(h.sendingApplication(), 227), facility(h.sendingFacility()), cut(h.receivingApplication(), 227),
					cut(h.receivingFacility(), 227), cut(h.messageType(), 20), cut(h.version(), 10), raw,
					charset == null ? null : charset.name(), status.name(), cut(errorCode, 40), cut(errorText, 1000))
			.update();
		return id;
	}

	/** A rejected message that was replayed successfully keeps its bytes but is marked as such. */
	public void markReplayed(UUID id, UUID actor) {
		jdbc.sql("update hl7_message set status = 'REPLAYED', replayed_at = now(), replayed_by = ? where id = ? and status = 'REJECTED'")
			.params(actor, id)
			.update();
	}

	public Optional<Stored> find(UUID id) {
		return jdbc.sql("""
				select id, organization_id, received_at, control_id, sending_facility, receiving_facility, message_type,
				       raw, charset, status, error_code, error_text, exam_id
				from hl7_message where id = ?""")
			.param(id)
			.query(MessageLog::stored)
			.optional();
	}

	/** Rejected messages waiting for an administrator, newest first; {@code organization} null for those nobody could route. */
	public List<Stored> rejected(OrganizationId organization, int limit) {
		String filter = organization == null ? "organization_id is null" : "organization_id = ?";
		var spec = jdbc.sql("""
				select id, organization_id, received_at, control_id, sending_facility, receiving_facility, message_type,
				       raw, charset, status, error_code, error_text, exam_id
				from hl7_message where status = 'REJECTED' and %s order by received_at desc limit %d""".formatted(filter, limit));
		if (organization != null) {
			spec = spec.param(organization.value());
		}
		return spec.query(MessageLog::stored).list();
	}

	/** Counts per sender and status for an organization (or, with null, for messages nobody could route). */
	public List<SourceCount> counts(OrganizationId organization) {
		String filter = organization == null ? "organization_id is null" : "organization_id = ?";
		var spec = jdbc.sql("""
				select sending_facility, status, count(*) as n, max(received_at) as last_at from hl7_message
				where %s group by sending_facility, status order by sending_facility, status""".formatted(filter));
		if (organization != null) {
			spec = spec.param(organization.value());
		}
		return spec.query((rs, n) -> new SourceCount(rs.getString("sending_facility"), Status.valueOf(rs.getString("status")),
				rs.getLong("n"), ExamRecorder.instant(rs.getTimestamp("last_at")))).list();
	}

	private static String facility(String value) {
		// never null, so the unique index on (sending_facility, control_id) also holds for senders without MSH-4
		return value == null ? "" : cut(value, 227);
	}

	private static Stored stored(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		UUID organization = rs.getObject("organization_id", UUID.class);
		UUID exam = rs.getObject("exam_id", UUID.class);
		return new Stored(rs.getObject("id", UUID.class), organization == null ? null : new OrganizationId(organization),
				ExamRecorder.instant(rs.getTimestamp("received_at")), rs.getString("control_id"), rs.getString("sending_facility"),
				rs.getString("receiving_facility"), rs.getString("message_type"), rs.getBytes("raw"), rs.getString("charset"),
				Status.valueOf(rs.getString("status")), rs.getString("error_code"), rs.getString("error_text"),
				exam == null ? null : new ExamId(exam));
	}

	/** A sending facility and control id, cut and defaulted as the table keeps them. */
	public record Key(String sendingFacility, String controlId) {
	}

	/** A message to store with {@link #insertAll}: {@code route} gives the site of an accepted one. */
	public record Row(UUID id, Status status, Header header, OrganizationId organizationId, Route route, byte[] raw,
			Charset charset, ExamId exam) {
	}

	/** What became of a message. */
	public enum Status {
		ACCEPTED, REJECTED, DUPLICATE, REPLAYED
	}

	/** The header fields kept with a message. */
	public record Header(String controlId, String sendingApplication, String sendingFacility, String receivingApplication,
			String receivingFacility, String messageType, String version) {

		static final Header NONE = new Header(null, null, null, null, null, null, null);
	}

	/** A stored message. */
	public record Stored(UUID id, OrganizationId organizationId, Instant receivedAt, String controlId, String sendingFacility,
			String receivingFacility, String messageType, byte[] raw, String charset, Status status, String errorCode,
			String errorText, ExamId examId) {
	}

	/** How many messages of one sender ended in one status. */
	public record SourceCount(String sendingFacility, Status status, long count, Instant lastReceivedAt) {
	}
}
