package org.peerlearning.identity.signin;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerlearning.ApplicationTest;
import org.peerlearning.identity.PasswordChanged;
import org.peerlearning.identity.People;
import org.peerlearning.identity.PersonId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

// Recording events adds a listener to the shared context; it does not start a context of its own.
@ApplicationTest
@RecordApplicationEvents
class PasswordChangeTests {

	static final String NEW_PASSWORD = "Mammography-Ridge-77";

	@Autowired
	MockMvc mvc;

	@Autowired
	People people;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEvents events;

	Browser browser;

	@BeforeEach
	void aFreshBrowser() {
		browser = new Browser(mvc);
	}

	@Test
	void aPersonCreatedByAnAdministratorMustChooseANewPasswordFirst() throws Exception {
		String email = TestAccounts.uniqueEmail("first");
		PersonId person = TestAccounts.create(people, email, true);

		assertThat(browser.signIn(email, TestAccounts.PASSWORD).getResponse().getRedirectedUrl()).isEqualTo("/password");
		assertThat(browser.perform(get("/")).getResponse().getRedirectedUrl()).isEqualTo("/password");
		MvcResult api = browser.perform(get("/api/v1/anything"));
		assertThat(api.getResponse().getStatus()).isEqualTo(403);
		assertThat(api.getResponse().getContentType()).startsWith("application/problem+json");
		assertThat(browser.perform(get("/password")).getResponse().getContentAsString()).contains("data-testid=\"password-required\"");

		MvcResult changed = changePassword(TestAccounts.PASSWORD, NEW_PASSWORD, NEW_PASSWORD);

		assertThat(changed.getResponse().getRedirectedUrl()).isEqualTo("/");
		assertThat(browser.perform(get("/")).getResponse().getStatus()).isEqualTo(200);
		assertThat(mustChangePassword(person)).isFalse();
		assertThat(events.stream(PasswordChanged.class)).singleElement().satisfies(event -> {
			assertThat(event.person()).isEqualTo(person);
			assertThat(event.details()).containsEntry("required", "true");
		});
		Browser later = new Browser(mvc);
		assertThat(later.signIn(email, TestAccounts.PASSWORD).getResponse().getRedirectedUrl()).isEqualTo("/login?error");
		assertThat(later.signIn(email, NEW_PASSWORD).getResponse().getRedirectedUrl()).isEqualTo("/");
	}

	@Test
	void aWeakPasswordIsRefusedWithReasons() throws Exception {
		String email = TestAccounts.uniqueEmail("weak");
		PersonId person = TestAccounts.create(people, email, true);
		browser.signIn(email, TestAccounts.PASSWORD);

		MvcResult refused = changePassword(TestAccounts.PASSWORD, "short", "short");

		assertThat(refused.getResponse().getStatus()).isEqualTo(200);
		String page = refused.getResponse().getContentAsString();
		assertThat(page).contains("data-testid=\"password-violations\"")
			.contains("Use at least 12 characters.")
			.contains("Mix at least three of")
			.contains("aria-invalid=\"true\"")
			.doesNotContain("value=\"short\"");
		assertThat(mustChangePassword(person)).isTrue();
		assertThat(browser.perform(get("/")).getResponse().getRedirectedUrl()).isEqualTo("/password");
		assertThat(events.stream(PasswordChanged.class)).isEmpty();
	}

	@Test
	void theCurrentPasswordMustBeRightAndTheConfirmationMustMatch() throws Exception {
		String email = TestAccounts.uniqueEmail("confirm");
		TestAccounts.create(people, email, false);
		browser.signIn(email, TestAccounts.PASSWORD);

		String wrongCurrent = changePassword("Not-The-Current-1", NEW_PASSWORD, NEW_PASSWORD).getResponse().getContentAsString();
		String mismatch = changePassword(TestAccounts.PASSWORD, NEW_PASSWORD, NEW_PASSWORD + "x").getResponse().getContentAsString();

		assertThat(wrongCurrent).contains("This is not your current password.");
		assertThat(mismatch).contains("The two new passwords are not the same.");
		assertThat(events.stream(PasswordChanged.class)).isEmpty();
	}

	@Test
	void anyoneSignedInMayChangeTheirPasswordLater() throws Exception {
		String email = TestAccounts.uniqueEmail("later");
		PersonId person = TestAccounts.create(people, email, false);
		browser.signIn(email, TestAccounts.PASSWORD);
		assertThat(browser.perform(get("/password")).getResponse().getContentAsString())
			.doesNotContain("data-testid=\"password-required\"");

		assertThat(changePassword(TestAccounts.PASSWORD, NEW_PASSWORD, NEW_PASSWORD).getResponse().getRedirectedUrl()).isEqualTo("/");

		assertThat(events.stream(PasswordChanged.class)).singleElement()
			.satisfies(event -> assertThat(event.details()).containsEntry("required", "false"));
		assertThat(new Browser(mvc).signIn(email, NEW_PASSWORD).getResponse().getRedirectedUrl()).isEqualTo("/");
		assertThat(mustChangePassword(person)).isFalse();
	}

	private MvcResult changePassword(String current, String chosen, String again) throws Exception {
		return browser.perform(post("/password").param("currentPassword", current)
			.param("newPassword", chosen)
			.param("confirmation", again)
			.with(csrf()));
	}

	private boolean mustChangePassword(PersonId person) {
		return jdbc.sql("select must_change_password from person where id = ?").param(person.value()).query(Boolean.class).single();
	}
}
