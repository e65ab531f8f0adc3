package org.peerlearning.identity;

import org.junit.jupiter.api.Test;
import org.peerlearning.ApplicationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ApplicationTest
class SignInTests {

	@Autowired
	MockMvc mvc;

	@Test
	void aDemoRadiologistSignsInWithTheDemoPassword() throws Exception {
		mvc.perform(formLogin("/login").userParameter("email").user("rad1@lakeshore.demo").password("Demo-Password-1"))
			.andExpect(authenticated().withUsername("rad1@lakeshore.demo"));
	}

	@Test
	void aWrongPasswordIsRefused() throws Exception {
		mvc.perform(formLogin("/login").userParameter("email").user("rad2@lakeshore.demo").password("not-the-password"))
			.andExpect(unauthenticated());
	}

	@Test
	void signingInSwitchesThePagesToThePersonsSavedLanguage() throws Exception {
		mvc.perform(formLogin("/login").userParameter("email").user("lead@northern.demo").password("Demo-Password-1"))
			.andExpect(authenticated())
			.andExpect(cookie().value("PEERLEARNING_LANG", "fr"));
	}

	@Test
	void pagesAskAnonymousVisitorsToSignIn() throws Exception {
		mvc.perform(get("/")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
	}
}
