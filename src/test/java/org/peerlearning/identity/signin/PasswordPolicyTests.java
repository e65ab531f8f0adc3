package org.peerlearning.identity.signin;

import org.junit.jupiter.api.Test;
import org.peerlearning.identity.PasswordPolicy;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTests {

	private final PasswordPolicy policy = new PasswordPolicy();

	@Test
	void aLongVariedPasswordIsAccepted() {
		assertThat(policy.violations("Cortex-Lumbar-42", "jane.doe@lakeshore.demo")).isEmpty();
	}

	@Test
	void aWeakPasswordIsRefusedWithReasons() {
		assertThat(policy.violations("short", "jane.doe@lakeshore.demo"))
			.containsExactlyInAnyOrder(PasswordPolicy.TOO_SHORT, PasswordPolicy.TOO_SIMPLE);
	}

	@Test
	void twoCharacterClassesAreNotEnough() {
		assertThat(policy.violations("onlylowercase123", "x@y.org")).containsExactly(PasswordPolicy.TOO_SIMPLE);
	}

	@Test
	void thePasswordMayNotContainTheLocalPartOfTheEmail() {
		assertThat(policy.violations("Xx-JANE.DOE-2026", "Jane.Doe@lakeshore.demo")).containsExactly(PasswordPolicy.CONTAINS_EMAIL);
	}

	@Test
	void aWellKnownPasswordDressedUpWithDigitsAndSymbolsIsStillTooCommon() {
		assertThat(policy.violations("Password123!", "x@y.org")).containsExactly(PasswordPolicy.TOO_COMMON);
		assertThat(policy.violations("Qwertyuiop-2026", "x@y.org")).containsExactly(PasswordPolicy.TOO_COMMON);
	}

	@Test
	void aMissingPasswordBreaksTheLengthAndVarietyRules() {
		assertThat(policy.violations(null, null)).contains(PasswordPolicy.TOO_SHORT, PasswordPolicy.TOO_SIMPLE);
	}
}
