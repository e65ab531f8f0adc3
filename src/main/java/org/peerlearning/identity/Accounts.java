package org.peerlearning.identity;

import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A person's own sign-in credentials: whether they must choose a new password, and changing it. */
@Service
public class Accounts {

	/** Message key when the current password given to confirm a change is not right. */
	public static final String CURRENT_PASSWORD_WRONG = "password.current.wrong";

	private final JdbcClient jdbc;

	private final PasswordEncoder passwords;

	private final PasswordPolicy policy;

	private final ApplicationEventPublisher events;

	Accounts(JdbcClient jdbc, PasswordEncoder passwords, PasswordPolicy policy, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.passwords = passwords;
		this.policy = policy;
		this.events = events;
	}

	/** Whether the person has to choose a new password before doing anything else. */
	public boolean mustChangePassword(PersonId person) {
		return jdbc.sql("select must_change_password from person where id = ?")
			.param(person.value())
			.query(Boolean.class)
			.optional()
			.orElse(false);
	}

	/**
	 * Replaces the person's password after checking their current one and the policy. Nothing
	 * changes unless the answer is {@link PasswordChange#changed()}.
	 */
	@Transactional
	public PasswordChange changePassword(PersonId person, String currentPassword, String newPassword) {
		Credentials credentials = jdbc.sql("select email, password_hash, must_change_password from person where id = ? and retired_at is null for update")
			.param(person.value())
			.query((rs, n) -> new Credentials(rs.getString("email"), rs.getString("password_hash"), rs.getBoolean("must_change_password")))
			.optional()
			.orElseThrow(() -> new IllegalArgumentException("no active person " + person));
		if (credentials.hash() == null || currentPassword == null || !passwords.matches(currentPassword, credentials.hash())) {
			return new PasswordChange(true, List.of());
		}
		List<String> violations = policy.violations(newPassword, credentials.email());
		if (violations.isEmpty() && passwords.matches(newPassword, credentials.hash())) {
			violations = List.of("password.policy.sameAsCurrent");
		}
		if (!violations.isEmpty()) {
			return new PasswordChange(false, violations);
		}
		jdbc.sql("""
				update person set password_hash = ?, must_change_password = false, updated_at = now(), updated_by = ?
				where id = ?""")
			.params(passwords.encode(newPassword), person.value(), person.value())
			.update();
		events.publishEvent(new PasswordChanged(person, person, credentials.mustChange()));
		return new PasswordChange(false, List.of());
	}

	/** The outcome of a password change: refused for a wrong current password, for policy reasons, or done. */
	public record PasswordChange(boolean currentPasswordWrong, List<String> violations) {

		public boolean changed() {
			return !currentPasswordWrong && violations.isEmpty();
		}
	}

	private record Credentials(String email, String hash, boolean mustChange) {
	}
}
