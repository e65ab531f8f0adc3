package org.peerlearning.identity.signin;

import java.time.Duration;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Form sign-in settings.
 *
 * @param maxFailures wrong passwords in a row that lock an account
 * @param lockout how long a locked account refuses every sign-in
 * @param timeZone the zone in which people are told until when their account is locked (blank:
 *     the server's zone)
 */
@ConfigurationProperties("peerlearning.signin")
record SignInProperties(@DefaultValue("5") int maxFailures, @DefaultValue("15m") Duration lockout, String timeZone) {

	SignInProperties {
		if (maxFailures < 1) {
			throw new IllegalArgumentException("peerlearning.signin.max-failures must be at least 1");
		}
	}

	ZoneId zone() {
		return timeZone == null || timeZone.isBlank() ? ZoneId.systemDefault() : ZoneId.of(timeZone.strip());
	}
}
