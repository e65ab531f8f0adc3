package org.peerlearning.cases.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.peerlearning.cases.CaseComment;
import org.peerlearning.cases.CaseId;
import org.peerlearning.cases.CaseQuery;
import org.peerlearning.cases.CaseSource;
import org.peerlearning.cases.CaseState;
import org.peerlearning.cases.LearningCase;
import org.peerlearning.cases.TimelineEntry;
import org.peerlearning.identity.PersonId;
import org.peerlearning.intake.ExamId;
import org.peerlearning.organization.OrganizationId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Learning cases, their timeline and comments; every query is scoped by the organization. */
@Repository
public class CaseRepository {

	private static final String COLUMNS = """
			id, organization_id, exam_id, source, state, author_id, submitter_id, submitter_named, note, categories,
			sample_rule, merged_into, out_of_program, created_at, updated_at""";

	private final JdbcClient jdbc;

	public CaseRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(CaseId id, OrganizationId organization, ExamId exam, CaseSource source, CaseState state, PersonId author,
			PersonId submitter, boolean named, String note, Set<String> categories, String sampleRule) {
		jdbc.sql("""
				insert into learning_case (id, organization_id, exam_id, source, state, author_id, submitter_id, submitter_named,
				    note, categories, sample_rule, created_by, updated_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id.value(), organization.value(), exam.value(), source.name(), state.name(), uuid(author), uuid(submitter),
					named, note, String.join(",", categories), sampleRule, uuid(submitter), uuid(submitter))
			.update();
	}

	public Optional<LearningCase> find(OrganizationId organization, CaseId id) {
		return jdbc.sql("select " + COLUMNS + " from learning_case where organization_id = ? and id = ? and retired_at is null")
			.params(organization.value(), id.value())
			.query(CaseRepository::learningCase)
			.optional();
	}

	/** The organization's cases among {@code ids}, in no particular order; others are left out. */
	public List<LearningCase> findAll(OrganizationId organization, Collection<CaseId> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select " + COLUMNS + " from learning_case where id = any(?) and organization_id = ? and retired_at is null")
			.params(ids.stream().map(CaseId::value).distinct().toArray(UUID[]::new), organization.value())
			.query(CaseRepository::learningCase)
			.list();
	}

	/**
	 * Moves a case only if it is still in {@code from}: two people acting at once cannot both move it.
	 * Answers whether it moved.
	 */
	public boolean move(OrganizationId organization, CaseId id, CaseState from, CaseState to, PersonId actor) {
		return jdbc.sql("""
				update learning_case set state = ?, out_of_program = out_of_program or ? , version = version + 1,
				    updated_at = now(), updated_by = ?
				where organization_id = ? and id = ? and state = ? and retired_at is null""")
			.params(to.name(), to == CaseState.OUT_OF_PROGRAM, uuid(actor), organization.value(), id.value(), from.name())
			.update() == 1;
	}

	public void markMerged(OrganizationId organization, CaseId duplicate, CaseId into) {
		jdbc.sql("update learning_case set merged_into = ? where organization_id = ? and id = ?")
			.params(into.value(), organization.value(), duplicate.value())
			.update();
	}

	public List<LearningCase> search(OrganizationId organization, CaseQuery query) {
		StringBuilder where = new StringBuilder("organization_id = ? and retired_at is null");
		List<Object> params = new ArrayList<>();
		params.add(organization.value());
		if (!query.states().isEmpty()) {
			where.append(" and state in (")
				.append(query.states().stream().map(s -> "?").collect(Collectors.joining(", ")))
				.append(")");
			query.states().stream().map(Enum::name).sorted().forEach(params::add);
		}
		if (query.submitterId() != null) {
			where.append(" and submitter_id = ?");
			params.add(query.submitterId().value());
		}
		if (query.source() != null) {
			where.append(" and source = ?");
			params.add(query.source().name());
		}
		if (query.examId() != null) {
			where.append(" and exam_id = ?");
			params.add(query.examId().value());
		}
		if (query.text() != null && !query.text().isBlank()) {
			where.append(" and note ilike ?");
			params.add("%" + query.text().strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
		}
		if (!query.includeOutOfProgram()) {
			where.append(" and not out_of_program");
		}
		return jdbc.sql("select " + COLUMNS + " from learning_case where " + where + " order by created_at desc, id limit "
				+ query.limit())
			.params(params)
			.query(CaseRepository::learningCase)
			.list();
	}

	public void record(OrganizationId organization, CaseId id, String action, CaseState from, CaseState to, PersonId actor,
			String note) {
		jdbc.sql("""
				insert into case_event (id, organization_id, case_id, action, from_state, to_state, actor_id, note)
				values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), organization.value(), id.value(), action, from == null ? null : from.name(),
					to == null ? null : to.name(), uuid(actor), note)
			.update();
	}

	public List<TimelineEntry> timeline(OrganizationId organization, CaseId id) {
		return jdbc.sql("""
				select action, from_state, to_state, actor_id, note, created_at from case_event
				where organization_id = ? and case_id = ? order by created_at, id""")
			.params(organization.value(), id.value())
			.query((rs, n) -> new TimelineEntry(rs.getString("action"), state(rs.getString("from_state")),
					state(rs.getString("to_state")), person(rs.getObject("actor_id", UUID.class)), rs.getString("note"),
					rs.getTimestamp("created_at").toInstant()))
			.list();
	}

	public void comment(OrganizationId organization, CaseId id, PersonId author, String body) {
		jdbc.sql("insert into case_comment (id, organization_id, case_id, body, created_by, updated_by) values (?, ?, ?, ?, ?, ?)")
			.params(UUID.randomUUID(), organization.value(), id.value(), body, author.value(), author.value())
			.update();
	}

	public List<CaseComment> comments(OrganizationId organization, CaseId id) {
		return jdbc.sql("""
				select id, created_by, body, created_at from case_comment
				where organization_id = ? and case_id = ? and retired_at is null order by created_at, id""")
			.params(organization.value(), id.value())
			.query((rs, n) -> new CaseComment(rs.getObject("id", UUID.class), person(rs.getObject("created_by", UUID.class)),
					rs.getString("body"), rs.getTimestamp("created_at").toInstant()))
			.list();
	}

	private static LearningCase learningCase(ResultSet rs, int row) throws SQLException {
		String categories = rs.getString("categories");
		UUID merged = rs.getObject("merged_into", UUID.class);
		Timestamp updated = rs.getTimestamp("updated_at");
		return new LearningCase(new CaseId(rs.getObject("id", UUID.class)),
				new OrganizationId(rs.getObject("organization_id", UUID.class)), new ExamId(rs.getObject("exam_id", UUID.class)),
				CaseSource.valueOf(rs.getString("source")), CaseState.valueOf(rs.getString("state")),
				person(rs.getObject("author_id", UUID.class)), person(rs.getObject("submitter_id", UUID.class)),
				rs.getBoolean("submitter_named"), rs.getString("note"),
				categories == null || categories.isBlank() ? Set.of()
						: new LinkedHashSet<>(Arrays.asList(categories.split(","))),
				rs.getString("sample_rule"), merged == null ? null : new CaseId(merged), rs.getBoolean("out_of_program"),
				rs.getTimestamp("created_at").toInstant(), updated == null ? null : updated.toInstant());
	}

	private static CaseState state(String value) {
		return value == null ? null : CaseState.valueOf(value);
	}

	private static PersonId person(UUID value) {
		return value == null ? null : new PersonId(value);
	}

	private static UUID uuid(PersonId person) {
		return person == null ? null : person.value();
	}
}
