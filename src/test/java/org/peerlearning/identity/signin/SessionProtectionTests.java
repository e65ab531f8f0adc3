package org.peerlearning.identity.signin;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.peerlearning.ApplicationTest;
import org.peerlearning.identity.People;
import org.peerlearning.identity.SignedOut;
import org.springframework.beans.factory.annotation.Autowired;
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
class SessionProtectionTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	People people;

	@Autowired
	ApplicationEvents events;

	@Test
	void theSessionIdChangesAtSignIn() throws Exception {
		String email = TestAccounts.uniqueEmail("fixation");
		TestAccounts.create(people, email, false);
		Browser browser = new Browser(mvc);
		browser.perform(get("/login"));
		String before = browser.sessionId();

		assertThat(browser.signIn(email, TestAccounts.PASSWORD).getResponse().getRedirectedUrl()).isEqualTo("/");

		assertThat(before).isNotNull();
		assertThat(browser.sessionId()).isNotNull().isNotEqualTo(before);
		assertThat(browser.perform(get("/")).getResponse().getStatus()).isEqualTo(200);
	}

	@Test
	void aSignInWithoutTheFormsCsrfTokenIsRefused() throws Exception {
		String email = TestAccounts.uniqueEmail("csrf");
		TestAccounts.create(people, email, false);

		MvcResult result = mvc.perform(post("/login").param("email", email).param("password", TestAccounts.PASSWORD)).andReturn();

		assertThat(result.getResponse().getStatus()).isEqualTo(403);
	}

	@Test
	void aFormPostWithoutTheCsrfTokenIsRefusedEvenWhenSignedIn() throws Exception {
		String email = TestAccounts.uniqueEmail("csrf");
		TestAccounts.create(people, email, false);
		Browser browser = new Browser(mvc);
		browser.signIn(email, TestAccounts.PASSWORD);

		MvcResult result = browser.perform(post("/password").param("currentPassword", TestAccounts.PASSWORD)
			.param("newPassword", "Brand-New-Passw0rd")
			.param("confirmation", "Brand-New-Passw0rd"));

		assertThat(result.getResponse().getStatus()).isEqualTo(403);
		assertThat(browser.signIn(email, TestAccounts.PASSWORD).getResponse().getRedirectedUrl()).isEqualTo("/");
	}

	@Test
	void signingOutEndsTheSession() throws Exception {
		String email = TestAccounts.uniqueEmail("logout");
		TestAccounts.create(people, email, false);
		Browser browser = new Browser(mvc);
		browser.signIn(email, TestAccounts.PASSWORD);
		String signedIn = browser.sessionId();
		assertThat(browser.perform(get("/")).getResponse().getStatus()).isEqualTo(200);

		MvcResult signedOut = browser.perform(post("/logout").with(csrf()));

		assertThat(signedOut.getResponse().getRedirectedUrl()).isEqualTo("/login?signedOut");
		MvcResult withOldCookie = mvc.perform(get("/").cookie(new Cookie(Browser.SESSION_COOKIE, signedIn)))
			.andReturn();
		assertThat(withOldCookie.getResponse().getRedirectedUrl()).endsWith("/login");
		assertThat(events.stream(SignedOut.class)).singleElement()
			.satisfies(out -> assertThat(out.action()).isEqualTo("identity.signed-out"));
	}
}
