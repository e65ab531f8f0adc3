package org.peerlearning.identity.signin;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.peerlearning.identity.AccountLocked;
import org.peerlearning.identity.PersonId;
import org.peerlearning.identity.SignInFailed;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts wrong passwords per account and locks the account when they reach the limit, so that
 * passwords cannot be guessed online. Unknown e-mails are not counted (there is nothing to lock),
 * and the answer to the visitor is the same as for a wrong password.
 */
@Component
class SignInAttempts {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final SignInProperties properties;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transaction;

	SignInAttempts(JdbcClient jdbc, Clock clock, SignInProperties properties, ApplicationEventPublisher events,
			TransactionTemplate transaction) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.properties = properties;
		this.events = events;
		this.transaction = transaction;
	}

	/** A wrong password was typed for {@code email}: counts it, locks at the limit, and records both. */
	void wrongPassword(String email) {
		String typed = email == null ? "" : email.strip();
		Instant until = clock.instant().plus(properties.lockout());
		transaction.executeWithoutResult(status -> {
			// The counter restarts at zero when the account locks, so the next lock needs a full series again.
			Optional<Counted> counted = jdbc.sql("""
					update person set
					  failed_sign_ins = case when failed_sign_ins + 1 >= :max then 0 else failed_sign_ins + 1 end,
					  locked_until = case when failed_sign_ins + 1 >= :max then :until else locked_until end
					where lower(email) = lower(:email) and password_hash is not null
					returning id, failed_sign_ins""")
				.param("max", properties.maxFailures())
				.param("until", Timestamp.from(until))
				.param("email", typed)
				.query((rs, n) -> new Counted(new PersonId(rs.getObject("id", UUID.class)), rs.getInt("failed_sign_ins") == 0))
				.optional();
			events.publishEvent(new SignInFailed(typed, counted.map(Counted::person).orElse(null), "bad-credentials"));
			counted.filter(Counted::locked)
				.ifPresent(c -> events.publishEvent(new AccountLocked(c.person(), until, properties.maxFailures())));
		});
	}

	/** A sign-in was refused before the password was checked (locked or retired account). */
	void refused(String email, String reason) {
		String typed = email == null ? "" : email.strip();
		events.publishEvent(new SignInFailed(typed, person(typed).orElse(null), reason));
	}

	/** The right password was typed: the series of failures is over. */
	void succeeded(PersonId person) {
		jdbc.sql("update person set failed_sign_ins = 0, locked_until = null "
				+ "where id = ? and (failed_sign_ins <> 0 or locked_until is not null)")
			.param(person.value())
			.update();
	}

	/** Until when the account with this e-mail refuses sign-ins, if it is locked now. */
	Optional<Instant> lockedUntil(String email) {
		return jdbc.sql("select locked_until from person where lower(email) = lower(?) and password_hash is not null")
			.param(email == null ? "" : email.strip())
			.query((rs, n) -> Optional.ofNullable(rs.getTimestamp("locked_until")).map(Timestamp::toInstant))
			.optional()
			.flatMap(until -> until)
			.filter(until -> until.isAfter(clock.instant()));
	}

	private Optional<PersonId> person(String email) {
		return jdbc.sql("select id from person where lower(email) = lower(?)")
			.param(email)
			.query((rs, n) -> new PersonId(rs.getObject("id", UUID.class)))
			.optional();
	}

	private record Counted(PersonId person, boolean locked) {
	}
}
