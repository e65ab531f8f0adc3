package org.peerlearning.review.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.peerlearning.cases.CaseAction;
import org.peerlearning.cases.CaseId;
import org.peerlearning.identity.PersonId;
import org.peerlearning.organization.OrganizationId;
import org.peerlearning.organization.ReviewScale;
import org.peerlearning.review.Assignment;
import org.peerlearning.review.AssignmentId;
import org.peerlearning.review.Decision;
import org.peerlearning.review.Recommendation;
import org.peerlearning.review.Review;
import org.peerlearning.review.SafetyAction;
import org.peerlearning.review.Score;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Assignments, reviews and committee decisions; every query is scoped by the organization. */
@Repository
public class ReviewRepository {

	private static final String ASSIGNMENT = "id, case_id, reviewer_id, due_on, status, assigned_by, reminded_at, created_at";

	private final JdbcClient jdbc;

	public ReviewRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insertAssignment(AssignmentId id, OrganizationId organization, CaseId caseId, PersonId reviewer, LocalDate due,
			PersonId assignedBy) {
		jdbc.sql("""
				insert into review_assignment (id, organization_id, case_id, reviewer_id, due_on, status, assigned_by, created_by, updated_by)
				values (?, ?, ?, ?, ?, 'OPEN', ?, ?, ?)""")
			.params(id.value(), organization.value(), caseId.value(), reviewer.value(), due, uuid(assignedBy), uuid(assignedBy),
					uuid(assignedBy))
			.update();
	}

	public Optional<Assignment> assignment(OrganizationId organization, AssignmentId id) {
		return jdbc.sql("select " + ASSIGNMENT + " from review_assignment where organization_id = ? and id = ? and retired_at is null")
			.params(organization.value(), id.value())
			.query(ReviewRepository::assignment)
			.optional();
	}

	public List<Assignment> assignmentsOf(OrganizationId organization, CaseId caseId) {
		return jdbc.sql("select " + ASSIGNMENT + " from review_assignment where organization_id = ? and case_id = ? and retired_at is null order by created_at")
			.params(organization.value(), caseId.value())
			.query(ReviewRepository::assignment)
			.list();
	}

	public List<Assignment> openFor(OrganizationId organization, PersonId reviewer) {
		return jdbc.sql("select " + ASSIGNMENT + " from review_assignment where organization_id = ? and reviewer_id = ? and status = 'OPEN' and retired_at is null order by due_on, created_at")
			.params(organization.value(), reviewer.value())
			.query(ReviewRepository::assignment)
			.list();
	}

	/** Open assignments per reviewer: the load the least-loaded policy balances. */
	public Map<UUID, Integer> openLoad(OrganizationId organization) {
		return jdbc.sql("select reviewer_id, count(*) as n from review_assignment where organization_id = ? and status = 'OPEN' group by reviewer_id")
			.param(organization.value())
			.query((rs, n) -> Map.entry(rs.getObject("reviewer_id", UUID.class), rs.getInt("n")))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	/** Marks an open assignment completed; answers false when it was not open any more. */
	public boolean complete(OrganizationId organization, AssignmentId id, PersonId reviewer) {
		return jdbc.sql("""
				update review_assignment set status = 'COMPLETED', updated_at = now(), updated_by = ?
				where organization_id = ? and id = ? and reviewer_id = ? and status = 'OPEN'""")
			.params(reviewer.value(), organization.value(), id.value(), reviewer.value())
			.update() == 1;
	}

	/** Open assignments due on or before {@code day} whose reviewer has not been reminded since {@code since}. */
	public List<Map.Entry<OrganizationId, Assignment>> dueForReminder(LocalDate day, java.time.Instant since) {
		return jdbc.sql("select organization_id, " + ASSIGNMENT + " from review_assignment where status = 'OPEN' and retired_at is null and due_on <= ? and (reminded_at is null or reminded_at < ?)")
			.params(day, Timestamp.from(since))
			.query((rs, n) -> Map.entry(new OrganizationId(rs.getObject("organization_id", UUID.class)), assignment(rs, n)))
			.list();
	}

	public void markReminded(OrganizationId organization, AssignmentId id) {
		jdbc.sql("update review_assignment set reminded_at = now() where organization_id = ? and id = ?")
			.params(organization.value(), id.value())
			.update();
	}

	/**
	 * Stores a review scored {@code scoreCode} on the scale {@code scaleCode}; {@code significance}
	 * is NONE for a concurring level, LIKELY when the discrepancy is likely clinically significant,
	 * UNLIKELY otherwise.
	 */
	public void insertReview(OrganizationId organization, Assignment assignment, String scaleCode, String scoreCode,
			String significance, List<String> categories, String learningPoint, Recommendation recommendation) {
		jdbc.sql("""
				insert into review (id, organization_id, assignment_id, case_id, reviewer_id, scale_code, score, significance,
				    categories, learning_point, recommendation, created_by, updated_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), organization.value(), assignment.id().value(), assignment.caseId().value(),
					assignment.reviewerId().value(), scaleCode, scoreCode, significance, String.join(",", categories),
					learningPoint, recommendation.name(), assignment.reviewerId().value(), assignment.reviewerId().value())
			.update();
	}

	public List<Review> reviewsOf(OrganizationId organization, CaseId caseId) {
		return reviewsOf(organization, List.of(caseId));
	}

	/** The reviews of several cases, oldest first: one query for a list of cases. */
	public List<Review> reviewsOf(OrganizationId organization, Collection<CaseId> caseIds) {
		if (caseIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select assignment_id, case_id, reviewer_id, scale_code, score, categories, learning_point, recommendation, created_at
				from review where organization_id = ? and case_id = any(?) and retired_at is null order by created_at""")
			.params(organization.value(), caseIds.stream().map(CaseId::value).distinct().toArray(UUID[]::new))
			.query((rs, n) -> new Review(new AssignmentId(rs.getObject("assignment_id", UUID.class)),
					new CaseId(rs.getObject("case_id", UUID.class)), new PersonId(rs.getObject("reviewer_id", UUID.class)),
					ReviewScale.RADPEER_2016_CODE.equals(rs.getString("scale_code")) ? Score.ofCode(rs.getString("score")).orElse(null)
							: null,
					list(rs.getString("categories")), rs.getString("learning_point"),
					Recommendation.valueOf(rs.getString("recommendation")), rs.getTimestamp("created_at").toInstant(),
					rs.getString("scale_code"), rs.getString("score")))
			.list();
	}

	public void insertDecision(OrganizationId organization, CaseId caseId, String scaleCode, String scoreCode, CaseAction outcome,
			String learningPoint, Set<SafetyAction> safety, PersonId decidedBy) {
		jdbc.sql("""
				insert into committee_decision (id, organization_id, case_id, scale_code, score, outcome, learning_point,
				    safety_actions, created_by, updated_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), organization.value(), caseId.value(), scaleCode, scoreCode, outcome.name(), learningPoint,
					safety.stream().map(Enum::name).sorted().collect(Collectors.joining(",")), decidedBy.value(), decidedBy.value())
			.update();
	}

	public List<Decision> decisionsOf(OrganizationId organization, CaseId caseId) {
		return jdbc.sql("""
				select case_id, scale_code, score, outcome, learning_point, safety_actions, created_by, created_at
				from committee_decision
				where organization_id = ? and case_id = ? and retired_at is null order by created_at""")
			.params(organization.value(), caseId.value())
			.query((rs, n) -> {
				Set<SafetyAction> safety = EnumSet.noneOf(SafetyAction.class);
				list(rs.getString("safety_actions")).forEach(s -> safety.add(SafetyAction.valueOf(s)));
				Score radpeer = ReviewScale.RADPEER_2016_CODE.equals(rs.getString("scale_code"))
						? Score.ofCode(rs.getString("score")).orElse(null) : null;
				return new Decision(new CaseId(rs.getObject("case_id", UUID.class)), radpeer,
						CaseAction.valueOf(rs.getString("outcome")), rs.getString("learning_point"), safety,
						new PersonId(rs.getObject("created_by", UUID.class)), rs.getTimestamp("created_at").toInstant(),
						rs.getString("scale_code"), rs.getString("score"));
			})
			.list();
	}

	private static Assignment assignment(ResultSet rs, int row) throws SQLException {
		UUID assignedBy = rs.getObject("assigned_by", UUID.class);
		Timestamp reminded = rs.getTimestamp("reminded_at");
		return new Assignment(new AssignmentId(rs.getObject("id", UUID.class)), new CaseId(rs.getObject("case_id", UUID.class)),
				new PersonId(rs.getObject("reviewer_id", UUID.class)), rs.getDate("due_on").toLocalDate(),
				Assignment.Status.valueOf(rs.getString("status")), assignedBy == null ? null : new PersonId(assignedBy),
				reminded == null ? null : reminded.toInstant(), rs.getTimestamp("created_at").toInstant());
	}

	private static List<String> list(String joined) {
		return joined == null || joined.isBlank() ? List.of() : Arrays.asList(joined.split(","));
	}

	private static UUID uuid(PersonId person) {
		return person == null ? null : person.value();
	}
}
