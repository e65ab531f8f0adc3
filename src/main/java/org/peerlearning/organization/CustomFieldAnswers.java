package org.peerlearning.organization;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers to an organization's custom fields, kept with the case or review they describe. The
 * subject is the case id for {@link CustomFieldTarget#CASE} and the review assignment id for
 * {@link CustomFieldTarget#REVIEW}. Values are checked by {@link CustomFieldValues} against the
 * fields in force when they are written; they are read back with the labels of the reader's
 * language, even for a field retired since.
 */
@Service
public class CustomFieldAnswers {

	/**
	 * A field's answer: the values as stored (option codes for choices, {@code true}/{@code false}
	 * for yes/no) and as shown (option labels in the reader's language).
	 */
	public record Answer(String code, String label, CustomFieldType type, List<String> values, List<String> shown) {

		/** Answers by field code, as an API gives them. */
		public static Map<String, List<String>> byCode(List<Answer> answers) {
			Map<String, List<String>> byCode = new LinkedHashMap<>();
			answers.forEach(a -> byCode.put(a.code(), a.values()));
			return byCode;
		}
	}

	private final JdbcClient jdbc;

	private final ReviewProgram program;

	CustomFieldAnswers(JdbcClient jdbc, ReviewProgram program) {
		this.jdbc = jdbc;
		this.program = program;
	}

	/** Prefix of the form parameters that carry custom field answers: {@code custom.<field code>}. */
	public static final String PARAMETER_PREFIX = "custom.";

	/** The answers among a form's parameters, by field code (a multiple choice sends its parameter once per option). */
	public static Map<String, List<String>> fromParameters(Map<String, List<String>> parameters) {
		Map<String, List<String>> answers = new LinkedHashMap<>();
		parameters.forEach((name, values) -> {
			if (name.startsWith(PARAMETER_PREFIX) && name.length() > PARAMETER_PREFIX.length()) {
				answers.put(name.substring(PARAMETER_PREFIX.length()), List.copyOf(values));
			}
		});
		return answers;
	}

	/** The fields in force for cases or for reviews, in their order. */
	public List<CustomFieldDefinition> fields(OrganizationId organization, CustomFieldTarget target) {
		return program.of(organization).customFields(target);
	}

	/** What is wrong with {@code submitted}, by field code, as message keys; empty when all is well. */
	public Map<String, String> problems(OrganizationId organization, CustomFieldTarget target, Map<String, List<String>> submitted) {
		return CustomFieldValues.validate(fields(organization, target), submitted);
	}

	/**
	 * Stores the answers of a case or review. Refused with {@link InvalidCustomFieldAnswersException}
	 * when {@link #problems} finds any, so that nothing unchecked is ever stored.
	 */
	@Transactional
	public void record(OrganizationId organization, CustomFieldTarget target, UUID subject, Map<String, List<String>> submitted,
			UUID by) {
		Map<String, String> problems = problems(organization, target, submitted);
		if (!problems.isEmpty()) {
			throw new InvalidCustomFieldAnswersException(problems);
		}
		submitted.forEach((code, values) -> {
			int position = 0;
			for (String value : values) {
				if (value == null || value.isBlank()) {
					continue;
				}
				jdbc.sql("""
						insert into custom_field_answer (organization_id, subject_kind, subject_id, field_code, position, value,
						  created_by)
						values (?, ?, ?, ?, ?, ?, ?)""")
					.params(organization.value(), target.name(), subject, code, position++, value.strip(), by)
					.update();
			}
		});
	}

	/** The answers of a case or review, in the order of the fields, labelled in {@code locale}. */
	@Transactional(readOnly = true)
	public List<Answer> of(OrganizationId organization, CustomFieldTarget target, UUID subject, Locale locale) {
		Map<String, List<String>> stored = new LinkedHashMap<>();
		jdbc.sql("""
				select field_code, value from custom_field_answer
				where organization_id = ? and subject_kind = ? and subject_id = ? order by field_code, position""")
			.params(organization.value(), target.name(), subject)
			.query(rs -> {
				stored.computeIfAbsent(rs.getString(1), code -> new ArrayList<>()).add(rs.getString(2));
			});
		if (stored.isEmpty()) {
			return List.of();
		}
		List<Answer> answers = new ArrayList<>();
		for (CustomFieldDefinition field : program.load(organization, true).customFields()) {
			List<String> values = stored.remove(field.code());
			if (field.appliesTo() == target && values != null) {
				answers.add(new Answer(field.code(), field.label(locale), field.type(), List.copyOf(values),
						values.stream().map(v -> shown(field, v, locale)).toList()));
			}
		}
		stored.forEach((code, values) -> answers.add(new Answer(code, code, CustomFieldType.TEXT, values, values)));
		return answers;
	}

	private static String shown(CustomFieldDefinition field, String value, Locale locale) {
		return field.options()
			.stream()
			.filter(o -> o.code().equals(value))
			.findFirst()
			.map(o -> o.label(locale))
			.orElse(value);
	}
}
