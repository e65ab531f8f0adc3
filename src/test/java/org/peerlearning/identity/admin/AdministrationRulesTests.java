package org.peerlearning.identity.admin;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.Test;
import org.peerlearning.organization.ProgramSettings;

import static org.assertj.core.api.Assertions.assertThat;

/** Plain rules of administration, without the application around them. */
class AdministrationRulesTests {

	@Test
	void temporaryPasswordsAreLongReadableAndNeverRepeat() {
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < 200; i++) {
			String password = TemporaryPasswords.generate();
			assertThat(password).matches("[A-HJ-NP-Za-km-z2-9]{4}(-[A-HJ-NP-Za-km-z2-9]{4}){3}");
			assertThat(seen.add(password)).isTrue();
		}
	}

	@Test
	void personDetailsAreCleanedOfBlanksAndCase() {
		PersonDetails details = new PersonDetails("  Ana.Ferreira@Example.ORG ", " Ana ", " Ferreira ", "  ",
				List.of(" Chest", "", "Body ", "Chest"), "");
		assertThat(details.email()).isEqualTo("ana.ferreira@example.org");
		assertThat(details.givenName()).isEqualTo("Ana");
		assertThat(details.cpsoNumber()).isNull();
		assertThat(details.subspecialties()).containsExactly("Chest", "Body");
		assertThat(details.language()).isEqualTo("en");
	}

	@Test
	void programSettingsNameOnlyTheSettingsThatChanged() {
		assertThat(new ProgramSettings(3).changesFrom(new ProgramSettings(1))).containsEntry("submissionTargetPerMonth", "1 -> 3");
		assertThat(new ProgramSettings(2).changesFrom(new ProgramSettings(2))).isEmpty();
	}

	@Test
	void theSettingsFormAcceptsWholeNumbersFromZeroToAHundredOnly() {
		try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
			Validator validator = factory.getValidator();
			for (String accepted : List.of("0", "7", "99", "100")) {
				assertThat(validator.validate(new AdminForms.SettingsForm(accepted))).as(accepted).isEmpty();
			}
			for (String refused : List.of("101", "-1", "007", "1.5", "abc", "")) {
				assertThat(validator.validate(new AdminForms.SettingsForm(refused))).as(refused).isNotEmpty();
			}
		}
		assertThat(new AdminForms.SettingsForm("100").toSettings().submissionTargetPerMonth()).isEqualTo(100);
	}
}
