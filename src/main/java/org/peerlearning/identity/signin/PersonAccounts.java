package org.peerlearning.identity.signin;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Loads a person's sign-in record by e-mail for form login. */
@Component
class PersonAccounts implements UserDetailsService {

	private final JdbcClient jdbc;

	PersonAccounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public SignedInPerson loadUserByUsername(String email) {
		return jdbc.sql("select id, email, password_hash, locked_until, retired_at from person where lower(email) = lower(?)")
			.param(email == null ? "" : email.strip())
			.query((rs, n) -> {
				Timestamp lockedUntil = rs.getTimestamp("locked_until");
				boolean locked = lockedUntil != null && lockedUntil.toInstant().isAfter(Instant.now());
				return new SignedInPerson(rs.getObject("id", UUID.class), rs.getString("email"), rs.getString("password_hash"),
						locked, rs.getTimestamp("retired_at") == null);
			})
			.optional()
			.filter(p -> p.getPassword() != null)
			.orElseThrow(() -> new UsernameNotFoundException("no such account"));
	}
}
