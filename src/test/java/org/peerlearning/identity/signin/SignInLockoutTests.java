package org.peerlearning.identity.signin;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerlearning.ApplicationTest;
import org.peerlearning.identity.AccountLocked;
import org.peerlearning.identity.People;
import org.peerlearning.identity.PersonId;
import org.peerlearning.identity.SignInFailed;
import org.peerlearning.identity.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

// Recording events adds a listener to the shared context; it does not start a context of its own.
@ApplicationTest
@RecordApplicationEvents
class SignInLockoutTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	People people;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEvents events;

	Browser browser;

	String email;

	PersonId person;

	@BeforeEach
	void anAccountOfItsOwn() {
		browser = new Browser(mvc);
		email = TestAccounts.uniqueEmail("lockout");
		person = TestAccounts.create(people, email, false);
	}

	@Test
	void anAccountIsLockedAfterFiveFailedSignIns() throws Exception {
		for (int attempt = 1; attempt <= 4; attempt++) {
			assertThat(signIn(email, "Wrong-Password-" + attempt).getResponse().getRedirectedUrl()).isEqualTo("/login?error");
		}
		Instant before = Instant.now();
		assertThat(signIn(email, "Wrong-Password-5").getResponse().getRedirectedUrl()).isEqualTo("/login?locked");

		assertThat(lockedUntil()).isBetween(before.plus(Duration.ofMinutes(15)).minusSeconds(5),
				Instant.now().plus(Duration.ofMinutes(15)).plusSeconds(5));
		assertThat(events.stream(AccountLocked.class)).singleElement().satisfies(locked -> {
			assertThat(locked.person()).isEqualTo(person);
			assertThat(locked.action()).isEqualTo("identity.account-locked");
		});
		assertThat(events.stream(SignInFailed.class)).hasSize(5).allSatisfy(failed -> {
			assertThat(failed.actorId()).isEqualTo(person.value());
			assertThat(failed.details()).containsEntry("email", email);
		});
	}

	@Test
	void aLockedAccountIsRefusedEvenWithTheRightPassword() throws Exception {
		lockFor(Duration.ofMinutes(10));

		MvcResult refused = signIn(email, TestAccounts.PASSWORD);

		assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo("/login?locked");
		String page = browser.perform(get("/login?locked")).getResponse().getContentAsString();
		assertThat(page).contains("data-testid=\"signin-locked\"").doesNotContain("data-testid=\"signin-error\"");
		assertThat(page).contains("value=\"" + email + "\"");
		assertThat(browser.perform(get("/")).getResponse().getRedirectedUrl()).endsWith("/login");
		assertThat(events.stream(SignInFailed.class)).singleElement()
			.satisfies(failed -> assertThat(failed.details()).containsEntry("reason", "locked"));
	}

	@Test
	void theLockExpiresAfterFifteenMinutes() throws Exception {
		for (int attempt = 1; attempt <= 5; attempt++) {
			signIn(email, "Wrong-Password-" + attempt);
		}
		// Fifteen minutes later, as far as the lock is concerned.
		jdbc.sql("update person set locked_until = locked_until - interval '15 minutes' where id = ?").param(person.value()).update();

		assertThat(signIn(email, TestAccounts.PASSWORD).getResponse().getRedirectedUrl()).isEqualTo("/");
		assertThat(jdbc.sql("select locked_until is null and failed_sign_ins = 0 from person where id = ?")
			.param(person.value())
			.query(Boolean.class)
			.single()).isTrue();
	}

	@Test
	void aSuccessfulSignInStartsTheCountAgain() throws Exception {
		for (int attempt = 1; attempt <= 4; attempt++) {
			signIn(email, "Wrong-Password-" + attempt);
		}
		assertThat(signIn(email, TestAccounts.PASSWORD).getResponse().getRedirectedUrl()).isEqualTo("/");
		browser = new Browser(mvc);
		for (int attempt = 1; attempt <= 4; attempt++) {
			assertThat(signIn(email, "Wrong-Password-" + attempt).getResponse().getRedirectedUrl()).isEqualTo("/login?error");
		}
		assertThat(events.stream(AccountLocked.class)).isEmpty();
		assertThat(events.stream(SignedIn.class)).singleElement().satisfies(signedIn -> {
			assertThat(signedIn.person()).isEqualTo(person);
			assertThat(signedIn.details()).containsEntry("method", "password");
		});
	}

	@Test
	void aWrongPasswordShowsTheGenericMessageAndKeepsTheTypedEmail() throws Exception {
		signIn(email, "Wrong-Password-1");

		String page = browser.perform(get("/login?error")).getResponse().getContentAsString();

		assertThat(page).contains("data-testid=\"signin-error\"").doesNotContain("data-testid=\"signin-locked\"");
		assertThat(page).contains("value=\"" + email + "\"");
	}

	@Test
	void anUnknownEmailGetsTheSameAnswerAsAWrongPasswordHoweverOftenItIsTried() throws Exception {
		String unknown = TestAccounts.uniqueEmail("nobody");
		for (int attempt = 1; attempt <= 7; attempt++) {
			assertThat(signIn(unknown, "Wrong-Password-" + attempt).getResponse().getRedirectedUrl()).isEqualTo("/login?error");
		}
		assertThat(events.stream(AccountLocked.class)).isEmpty();
		assertThat(events.stream(SignInFailed.class)).hasSize(7).allSatisfy(failed -> {
			assertThat(failed.actorId()).isNull();
			assertThat(failed.details()).containsEntry("email", unknown).containsEntry("reason", "bad-credentials");
		});
	}

	@Test
	void aFailedSignInKeepsAtMost320CharactersOfTheTypedEmail() throws Exception {
		String longEmail = "x".repeat(400) + "@signin.test";

		signIn(longEmail, "Wrong-Password-1");

		assertThat(events.stream(SignInFailed.class)).singleElement()
			.satisfies(failed -> assertThat(failed.details().get("email")).hasSize(320).isEqualTo(longEmail.substring(0, 320)));
	}

	private MvcResult signIn(String who, String password) throws Exception {
		return browser.signIn(who, password);
	}

	private void lockFor(Duration duration) {
		jdbc.sql("update person set locked_until = now() + make_interval(secs => ?) where id = ?")
			.params((double) duration.toSeconds(), person.value())
			.update();
	}

	private Instant lockedUntil() {
		return jdbc.sql("select locked_until from person where id = ?")
			.param(person.value())
			.query(java.sql.Timestamp.class)
			.single()
			.toInstant();
	}
}
