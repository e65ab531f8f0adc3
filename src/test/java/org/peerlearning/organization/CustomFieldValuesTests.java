package org.peerlearning.organization;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CustomFieldValuesTests {

	private final List<CustomFieldDefinition> fields = List.of(field("note", CustomFieldType.TEXT, false),
			field("size-mm", CustomFieldType.NUMBER, true), field("follow-up", CustomFieldType.YES_NO, false),
			field("value", CustomFieldType.SINGLE_CHOICE, false), field("topics", CustomFieldType.MULTIPLE_CHOICE, false));

	@Test
	void answersOfTheRightKindPass() {
		assertThat(CustomFieldValues.validate(fields, Map.of("note", List.of("Subtle"), "size-mm", List.of("3.5"), "follow-up",
				List.of("true"), "value", List.of("high"), "topics", List.of("high", "none")))).isEmpty();
	}

	@Test
	void eachWrongAnswerIsNamedByItsField() {
		Map<String, String> errors = CustomFieldValues.validate(fields, Map.of("note", List.of("x".repeat(4001)), "size-mm",
				List.of("three"), "follow-up", List.of("maybe"), "value", List.of("high", "none"), "topics", List.of("elsewhere")));
		assertThat(errors).containsEntry("note", "org.program.field.value.tooLong")
			.containsEntry("size-mm", "org.program.field.value.number")
			.containsEntry("follow-up", "org.program.field.value.yesNo")
			.containsEntry("value", "org.program.field.value.single")
			.containsEntry("topics", "org.program.field.value.choice");
	}

	@Test
	void aRequiredFieldLeftBlankAndAnUnknownFieldAreRefused() {
		assertThat(CustomFieldValues.validate(fields, Map.of("size-mm", List.of("  "), "colour", List.of("red"))))
			.containsEntry("size-mm", "org.program.field.value.required")
			.containsEntry("colour", "org.program.field.value.unknown");
	}

	@Test
	void aRetiredFieldAsksNothing() {
		CustomFieldDefinition retired = new CustomFieldDefinition(UUID.randomUUID(), "old", CustomFieldTarget.CASE,
				CustomFieldType.TEXT, "Old", "Ancien", true, 1, List.of(), java.time.Instant.now());
		assertThat(CustomFieldValues.validate(List.of(retired), Map.of())).isEmpty();
	}

	private static CustomFieldDefinition field(String code, CustomFieldType type, boolean required) {
		List<ChoiceOption> options = type.hasOptions()
				? List.of(new ChoiceOption("high", "High", "Élevée"), new ChoiceOption("none", "None", "Aucune")) : List.of();
		return new CustomFieldDefinition(UUID.randomUUID(), code, CustomFieldTarget.REVIEW, type, code, code, required, 1, options,
				null);
	}
}
