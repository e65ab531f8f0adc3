package org.peerlearning.identity.signin;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Loads a person's sign-in record by e-mail for form login. A locked account is refused before its
 * password is even checked, so the right password does not get through a lock.
 */
@Component
class PersonAccounts implements UserDetailsService {

	private final JdbcClient jdbc;

	private final Clock clock;

	PersonAccounts(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public SignedInPerson loadUserByUsername(String email) {
		return jdbc.sql("select id, email, password_hash, locked_until, retired_at from person where lower(email) = lower(?)")
			.param(email == null ? "" : email.strip())
			.query((rs, n) -> {
				Timestamp lockedUntil = rs.getTimestamp("locked_until");
				boolean locked = lockedUntil != null && lockedUntil.toInstant().isAfter(clock.instant());
				return new SignedInPerson(rs.getObject("id", UUID.class), rs.getString("email"), rs.getString("password_hash"),
						locked, rs.getTimestamp("retired_at") == null);
			})
			.optional()
			.filter(p -> p.getPassword() != null)
			.orElseThrow(() -> new UsernameNotFoundException("no such account"));
	}
}
