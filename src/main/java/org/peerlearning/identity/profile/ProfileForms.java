package org.peerlearning.identity.profile;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.peerlearning.identity.tokens.TokenLifetime;

/** The forms of the profile page. */
final class ProfileForms {

	private ProfileForms() {
	}

	record LanguageForm(@NotNull @Pattern(regexp = "en|fr") String language) {
	}

	record TokenForm(@NotBlank @Size(max = 100) String name, @NotNull TokenLifetime lifetime) {

		static TokenForm blank() {
			return new TokenForm("", TokenLifetime.DAYS_90);
		}
	}
}
