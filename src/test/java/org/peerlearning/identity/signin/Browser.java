package org.peerlearning.identity.signin;

import jakarta.servlet.http.Cookie;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Carries the session cookie from one MockMvc request to the next, as a browser does. Sessions
 * live in the database (Spring Session), so a MockHttpSession would not follow a session id change.
 */
final class Browser {

	static final String SESSION_COOKIE = "SESSION";

	private final MockMvc mvc;

	private Cookie session;

	Browser(MockMvc mvc) {
		this.mvc = mvc;
	}

	MvcResult perform(MockHttpServletRequestBuilder request) throws Exception {
		if (session != null) {
			request.cookie(session);
		}
		MvcResult result = mvc.perform(request).andReturn();
		Cookie issued = result.getResponse().getCookie(SESSION_COOKIE);
		if (issued != null) {
			session = issued.getMaxAge() == 0 ? null : issued;
		}
		return result;
	}

	/** Signs in through the form, with its CSRF token, as the sign-in page does. */
	MvcResult signIn(String email, String password) throws Exception {
		return perform(post("/login").param("email", email).param("password", password).with(csrf()));
	}

	String sessionId() {
		return session == null ? null : session.getValue();
	}
}
