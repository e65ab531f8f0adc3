package org.peerlearning.identity;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.peerlearning.platform.AuditableEvent;

/**
 * Someone failed to sign in. {@code person} is known only when the e-mail belongs to an account;
 * the e-mail typed is kept (at most {@value #MAX_EMAIL} characters) to spot guessing campaigns.
 *
 * @param reason {@code bad-credentials}, {@code locked}, {@code disabled} or {@code sso-unknown-person}
 */
public record SignInFailed(String email, PersonId person, String reason) implements AuditableEvent {

	public static final int MAX_EMAIL = 320;

	public SignInFailed {
		email = email == null ? "" : email.length() > MAX_EMAIL ? email.substring(0, MAX_EMAIL) : email;
	}

	@Override
	public String action() {
		return "identity.sign-in-failed";
	}

	@Override
	public UUID organizationId() {
		return null;
	}

	@Override
	public UUID actorId() {
		return person == null ? null : person.value();
	}

	@Override
	public String targetType() {
		return person == null ? null : "person";
	}

	@Override
	public String targetId() {
		return person == null ? null : person.toString();
	}

	@Override
	public Map<String, String> details() {
		Map<String, String> details = new LinkedHashMap<>();
		details.put("email", email);
		details.put("reason", reason);
		return details;
	}
}
