package org.peerlearning.platform.web;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.peerlearning.ApplicationTest;
import org.peerlearning.identity.People;
import org.peerlearning.identity.tokens.ApiTokens;
import org.peerlearning.identity.tokens.TokenLifetime;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ApplicationTest
class ApiProblemsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApiTokens tokens;

	@Autowired
	People people;

	@Autowired
	UserDetailsService accounts;

	@Test
	void anAnonymousApiCallAnswersAProblem401WithABearerChallenge() throws Exception {
		mvc.perform(get("/api/v1/me"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("WWW-Authenticate", "Bearer"))
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(401))
			.andExpect(jsonPath("$.title").value("Unauthorized"));
		mvc.perform(post("/api/v1/me/tokens").contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("WWW-Authenticate", "Bearer"));
	}

	@Test
	void anUnknownApiPathAnswersAProblem404() throws Exception {
		mvc.perform(get("/api/v1/no-such-thing").header("Authorization", bearer()))
			.andExpect(status().isNotFound())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(404))
			.andExpect(jsonPath("$.detail").value(containsString("nothing here")));
	}

	@Test
	void anUnknownPageStillAnswersTheErrorPage() throws Exception {
		// MockMvc does not forward to /error, so the page itself is not rendered here; what matters is
		// that pages are left to the error pages rather than answered with problem JSON.
		String type = mvc.perform(get("/no-such-page").with(user(accounts.loadUserByUsername("rad1@lakeshore.demo"))).accept(MediaType.TEXT_HTML))
			.andExpect(status().isNotFound())
			.andReturn()
			.getResponse()
			.getContentType();
		org.assertj.core.api.Assertions.assertThat(type).isNull();
	}

	@Test
	void aMissingRecordAnswersAProblem404() throws Exception {
		mvc.perform(delete("/api/v1/me/tokens/{id}", UUID.randomUUID()).header("Authorization", bearer()))
			.andExpect(status().isNotFound())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void aMethodTheApiDoesNotTakeAnswersAProblem405() throws Exception {
		mvc.perform(delete("/api/v1/me").header("Authorization", bearer()))
			.andExpect(status().isMethodNotAllowed())
			.andExpect(header().exists("Allow"))
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(405));
	}

	@Test
	void aBodyOfTheWrongMediaTypeAnswersAProblem415() throws Exception {
		mvc.perform(post("/api/v1/me/tokens").with(signedIn()).with(csrf()).contentType(MediaType.TEXT_PLAIN).content("name"))
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(415));
	}

	@Test
	void anInvalidBodyAnswersAProblem400ListingTheFields() throws Exception {
		mvc.perform(post("/api/v1/me/tokens").with(signedIn())
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"\", \"expiresInDays\": 12}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(400))
			.andExpect(jsonPath("$.errors[*].field", hasItem("name")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("expiresInDaysOffered")))
			.andExpect(jsonPath("$.errors[*].message", hasItem(containsString("30, 90 or 365"))));
	}

	@Test
	void unreadableJsonAnswersAProblem400() throws Exception {
		mvc.perform(post("/api/v1/me/tokens").with(signedIn()).with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{nope"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void aConflictAnswersAProblem409() throws Exception {
		String name = "twice " + UUID.randomUUID();
		String body = "{\"name\": \"" + name + "\"}";
		mvc.perform(post("/api/v1/me/tokens").with(signedIn()).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated());
		mvc.perform(post("/api/v1/me/tokens").with(signedIn()).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isConflict())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(409));
	}

	@Test
	void aRefusalAnswersAProblem403() throws Exception {
		mvc.perform(post("/api/v1/me/tokens").header("Authorization", bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"minted\"}"))
			.andExpect(status().isForbidden())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(403));
	}

	@Test
	void problemsSpeakFrenchToFrenchCallers() throws Exception {
		mvc.perform(get("/api/v1/no-such-thing").header("Authorization", bearer()).header("Accept-Language", "fr"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value(containsString("Il n’y a rien ici")));
	}

	private org.springframework.test.web.servlet.request.RequestPostProcessor signedIn() {
		return user(accounts.loadUserByUsername("lead@lakeshore.demo"));
	}

	private String bearer() {
		return "Bearer " + tokens.create(people.findByEmail("lead@lakeshore.demo").orElseThrow().id(), "problems " + UUID.randomUUID(),
				TokenLifetime.DAYS_30).secret();
	}
}
