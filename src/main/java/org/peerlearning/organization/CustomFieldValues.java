package org.peerlearning.organization;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks values submitted for an organization's custom fields, the same way for forms and the
 * API. Values arrive as text (as from a form): a number is a decimal, yes/no is {@code true} or
 * {@code false}, a choice is an option's code, several for a multiple choice field.
 */
public final class CustomFieldValues {

	public static final int MAX_TEXT_LENGTH = 4000;

	private CustomFieldValues() {
	}

	/**
	 * The problems with {@code submitted}, by field code, each as a message key; empty when all is
	 * well. Retired definitions are ignored; a value for a field that does not exist is a problem.
	 */
	public static Map<String, String> validate(Collection<CustomFieldDefinition> definitions,
			Map<String, List<String>> submitted) {
		Map<String, String> errors = new LinkedHashMap<>();
		Map<String, CustomFieldDefinition> byCode = definitions.stream()
			.filter(CustomFieldDefinition::active)
			.collect(Collectors.toMap(CustomFieldDefinition::code, d -> d, (a, b) -> a, LinkedHashMap::new));
		for (String code : submitted.keySet()) {
			if (!byCode.containsKey(code)) {
				errors.put(code, "org.program.field.value.unknown");
			}
		}
		for (CustomFieldDefinition field : byCode.values()) {
			List<String> values = submitted.getOrDefault(field.code(), List.of())
				.stream()
				.filter(v -> v != null && !v.isBlank())
				.map(String::strip)
				.toList();
			String problem = problem(field, values);
			if (problem != null) {
				errors.put(field.code(), problem);
			}
		}
		return errors;
	}

	private static String problem(CustomFieldDefinition field, List<String> values) {
		if (values.isEmpty()) {
			return field.required() ? "org.program.field.value.required" : null;
		}
		if (values.size() > 1 && field.type() != CustomFieldType.MULTIPLE_CHOICE) {
			return "org.program.field.value.single";
		}
		return switch (field.type()) {
			case TEXT -> values.get(0).length() > MAX_TEXT_LENGTH ? "org.program.field.value.tooLong" : null;
			case NUMBER -> number(values.get(0)) ? null : "org.program.field.value.number";
			case YES_NO -> Set.of("true", "false").contains(values.get(0)) ? null : "org.program.field.value.yesNo";
			case SINGLE_CHOICE, MULTIPLE_CHOICE -> {
				Set<String> codes = field.options().stream().map(ChoiceOption::code).collect(Collectors.toSet());
				boolean known = values.stream().allMatch(codes::contains);
				boolean distinct = values.stream().distinct().count() == values.size();
				yield known && distinct ? null : "org.program.field.value.choice";
			}
		};
	}

	private static boolean number(String value) {
		try {
			new BigDecimal(value);
			return true;
		}
		catch (NumberFormatException e) {
			return false;
		}
	}
}
