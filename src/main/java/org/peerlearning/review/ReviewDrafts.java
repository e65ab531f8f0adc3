package org.peerlearning.review;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;

import org.peerlearning.identity.PersonId;
import org.peerlearning.organization.OrganizationId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Drafts of blinded reviews: what the reviewer typed, kept as they type it and given back when
 * they come back to the form. Only the assignment's own reviewer reads or writes its draft.
 */
@Service
public class ReviewDrafts {

	/** The most a draft keeps (URL-encoded): a full form with its longest texts fits several times over. */
	public static final int MAX_LENGTH = 40_000;

	/** Form parameters that are not the reviewer's answers. */
	private static final Set<String> NOT_ANSWERS = Set.of("_csrf");

	private final JdbcClient jdbc;

	ReviewDrafts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Keeps the form's fields as the draft of the reviewer's assignment; answers when it was saved,
	 * or empty when the fields are longer than {@link #MAX_LENGTH}.
	 */
	@Transactional
	public Optional<Instant> save(OrganizationId organization, AssignmentId assignment, PersonId reviewer,
			Map<String, List<String>> fields) {
		String encoded = encode(fields);
		if (encoded.length() > MAX_LENGTH) {
			return Optional.empty();
		}
		Timestamp saved = jdbc.sql("""
				insert into review_draft (assignment_id, organization_id, reviewer_id, fields) values (?, ?, ?, ?)
				on conflict (assignment_id) do update set fields = excluded.fields, saved_at = now()
				where review_draft.reviewer_id = excluded.reviewer_id and review_draft.organization_id = excluded.organization_id
				returning saved_at""")
			.params(assignment.value(), organization.value(), reviewer.value(), encoded)
			.query(Timestamp.class)
			.optional()
			.orElseThrow(() -> new IllegalStateException("the draft belongs to someone else"));
		return Optional.of(saved.toInstant());
	}

	/** The reviewer's draft of the assignment, if they left one. */
	public Optional<Draft> find(OrganizationId organization, AssignmentId assignment, PersonId reviewer) {
		return jdbc.sql("select fields, saved_at from review_draft where assignment_id = ? and organization_id = ? and reviewer_id = ?")
			.params(assignment.value(), organization.value(), reviewer.value())
			.query((rs, n) -> new Draft(decode(rs.getString("fields")), rs.getTimestamp("saved_at").toInstant()))
			.optional();
	}

	/** Forgets the assignment's draft (its review was submitted). */
	@Transactional
	public void discard(OrganizationId organization, AssignmentId assignment) {
		jdbc.sql("delete from review_draft where assignment_id = ? and organization_id = ?")
			.params(assignment.value(), organization.value())
			.update();
	}

	static String encode(Map<String, List<String>> fields) {
		StringJoiner out = new StringJoiner("&");
		fields.forEach((name, values) -> {
			if (!NOT_ANSWERS.contains(name)) {
				for (String value : values) {
					out.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "="
							+ URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8));
				}
			}
		});
		return out.toString();
	}

	static MultiValueMap<String, String> decode(String encoded) {
		MultiValueMap<String, String> fields = new LinkedMultiValueMap<>();
		if (encoded == null || encoded.isEmpty()) {
			return fields;
		}
		for (String pair : encoded.split("&")) {
			int equals = pair.indexOf('=');
			String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
			String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
			fields.add(name, value);
		}
		return fields;
	}

	/**
	 * @param fields the form's fields as the reviewer left them
	 * @param savedAt when they were last saved
	 */
	public record Draft(MultiValueMap<String, String> fields, Instant savedAt) {
	}
}
