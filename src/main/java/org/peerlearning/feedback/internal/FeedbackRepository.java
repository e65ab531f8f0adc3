package org.peerlearning.feedback.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.peerlearning.feedback.FeedbackKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Feedback threads and their messages; every query is scoped by the organization. */
@Repository
public class FeedbackRepository {

	private final JdbcClient jdbc;

	FeedbackRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(FeedbackThread t, UUID createdBy) {
		jdbc.sql("""
				insert into feedback_thread (id, organization_id, case_id, exam_id, kind, recipient_id, giver_id, giver_role,
				    giver_named, recipient_known_to_giver, score, learning_point, message, submitted_at, sent_at, created_by)
				values (:id, :org, :case, :exam, :kind, :recipient, :giver, :role, :named, :known, :score, :point, :message,
				    :submitted, :sent, :by)""")
			.param("id", t.id())
			.param("org", t.organizationId())
			.param("case", t.caseId())
			.param("exam", t.examId())
			.param("kind", t.kind().name())
			.param("recipient", t.recipientId())
			.param("giver", t.giverId())
			.param("role", t.giverRole())
			.param("named", t.giverNamed())
			.param("known", t.recipientKnownToGiver())
			.param("score", t.score())
			.param("point", t.learningPoint())
			.param("message", t.message())
			.param("submitted", Timestamp.from(t.submittedAt()))
			.param("sent", Timestamp.from(t.sentAt()))
			.param("by", createdBy)
			.update();
	}

	public boolean existsForCase(UUID organization, UUID caseId) {
		return jdbc.sql("select count(*) from feedback_thread where organization_id = ? and case_id = ?")
			.params(organization, caseId)
			.query(Integer.class)
			.single() > 0;
	}

	public Optional<FeedbackThread> find(UUID organization, UUID id) {
		return jdbc.sql("select * from feedback_thread where organization_id = ? and id = ? and retired_at is null")
			.params(organization, id)
			.query(FeedbackRepository::thread)
			.optional();
	}

	public List<FeedbackThread> received(UUID organization, UUID person, int limit) {
		return jdbc.sql("""
				select * from feedback_thread where organization_id = ? and recipient_id = ? and retired_at is null
				order by sent_at desc limit ?""")
			.params(organization, person, limit)
			.query(FeedbackRepository::thread)
			.list();
	}

	public List<FeedbackThread> given(UUID organization, UUID person, int limit) {
		return jdbc.sql("""
				select * from feedback_thread where organization_id = ? and giver_id = ? and retired_at is null
				order by sent_at desc limit ?""")
			.params(organization, person, limit)
			.query(FeedbackRepository::thread)
			.list();
	}

	public List<FeedbackThread> all(UUID organization, int limit) {
		return jdbc.sql("select * from feedback_thread where organization_id = ? and retired_at is null order by sent_at desc limit ?")
			.params(organization, limit)
			.query(FeedbackRepository::thread)
			.list();
	}

	/** Marks the thread acknowledged; answers false when it already was. */
	public boolean acknowledge(UUID organization, UUID id, Instant at) {
		return jdbc.sql("""
				update feedback_thread set state = 'ACKNOWLEDGED', acknowledged_at = ?
				where organization_id = ? and id = ? and state = 'SENT'""")
			.params(Timestamp.from(at), organization, id)
			.update() == 1;
	}

	public boolean requestConversation(UUID organization, UUID id, Instant at) {
		return jdbc.sql("""
				update feedback_thread set conversation_requested_at = ?
				where organization_id = ? and id = ? and conversation_requested_at is null""")
			.params(Timestamp.from(at), organization, id)
			.update() == 1;
	}

	public void addMessage(UUID organization, FeedbackMessage m) {
		jdbc.sql("""
				insert into feedback_message (id, thread_id, organization_id, from_side, author_id, named, body, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(m.id(), m.threadId(), organization, m.from().name(), m.authorId(), m.named(), m.body(), Timestamp.from(m.at()))
			.update();
	}

	public List<FeedbackMessage> messages(UUID organization, UUID thread) {
		return jdbc.sql("select * from feedback_message where organization_id = ? and thread_id = ? order by created_at, id")
			.params(organization, thread)
			.query((rs, n) -> new FeedbackMessage(rs.getObject("id", UUID.class), rs.getObject("thread_id", UUID.class),
					FeedbackMessage.Side.valueOf(rs.getString("from_side")), rs.getObject("author_id", UUID.class),
					rs.getBoolean("named"), rs.getString("body"), rs.getTimestamp("created_at").toInstant()))
			.list();
	}

	/** Unacknowledged threads last sent or reminded before {@code before}, across organizations. */
	public List<FeedbackThread> due(Instant before, int maxReminders, int limit) {
		return jdbc.sql("""
				select * from feedback_thread where state = 'SENT' and retired_at is null and reminders < ?
				  and coalesce(last_reminded_at, sent_at) < ? order by sent_at limit ?""")
			.params(maxReminders, Timestamp.from(before), limit)
			.query(FeedbackRepository::thread)
			.list();
	}

	public void reminded(UUID organization, UUID id, Instant at) {
		jdbc.sql("update feedback_thread set last_reminded_at = ?, reminders = reminders + 1 where organization_id = ? and id = ?")
			.params(Timestamp.from(at), organization, id)
			.update();
	}

	private static FeedbackThread thread(ResultSet rs, int row) throws SQLException {
		return new FeedbackThread(rs.getObject("id", UUID.class), rs.getObject("organization_id", UUID.class),
				rs.getObject("case_id", UUID.class), rs.getObject("exam_id", UUID.class), FeedbackKind.valueOf(rs.getString("kind")),
				rs.getObject("recipient_id", UUID.class), rs.getObject("giver_id", UUID.class), rs.getString("giver_role"),
				rs.getBoolean("giver_named"), rs.getBoolean("recipient_known_to_giver"), rs.getString("score"),
				rs.getString("learning_point"), rs.getString("message"), rs.getString("state"), instant(rs, "submitted_at"),
				instant(rs, "sent_at"), instant(rs, "acknowledged_at"), instant(rs, "conversation_requested_at"),
				rs.getInt("reminders"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}
}
