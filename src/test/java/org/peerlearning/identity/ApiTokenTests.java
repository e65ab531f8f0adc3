package org.peerlearning.identity;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.peerlearning.ApplicationTest;
import org.peerlearning.identity.tokens.ApiTokens;
import org.peerlearning.identity.tokens.IssuedApiToken;
import org.peerlearning.identity.tokens.TokenLifetime;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
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
@RecordApplicationEvents
class ApiTokenTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApiTokens tokens;

	@Autowired
	People people;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	ApplicationEvents events;

	@Test
	void aTokenIsStoredOnlyAsItsHash() {
		IssuedApiToken issued = issue("rad1@lakeshore.demo");
		assertThat(issued.secret()).startsWith("plt_").hasSize(47);
		assertThat(issued.token().prefix()).isEqualTo(issued.secret().substring(0, 8));
		String stored = jdbc.sql("select id || ' ' || name || ' ' || token_prefix || ' ' || token_hash from api_token where id = ?")
			.param(issued.token().id())
			.query(String.class)
			.single();
		assertThat(stored).doesNotContain(issued.secret()).contains(sha256Hex(issued.secret()));
	}

	@Test
	void aTokenAuthenticatesApiCallsAsItsOwner() throws Exception {
		IssuedApiToken issued = issue("rad2@lakeshore.demo");
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + issued.secret()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.email").value("rad2@lakeshore.demo"));
	}

	@Test
	void aRevokedTokenNoLongerAuthenticates() throws Exception {
		IssuedApiToken issued = issue("rad3@lakeshore.demo");
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + issued.secret())).andExpect(status().isOk());
		tokens.revoke(issued.token().personId(), issued.token().id(), issued.token().personId().value());
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + issued.secret()))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(header().string("WWW-Authenticate", containsString("invalid_token")));
	}

	@Test
	void anExpiredTokenNoLongerAuthenticates() throws Exception {
		IssuedApiToken issued = issue("rad3@lakeshore.demo");
		jdbc.sql("update api_token set expires_at = now() - interval '1 second' where id = ?").param(issued.token().id()).update();
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + issued.secret()))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.status").value(401));
	}

	@Test
	void anUnknownTokenIsRefusedWithAProblem401() throws Exception {
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer plt_" + "A".repeat(43)))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(header().string("WWW-Authenticate", "Bearer error=\"invalid_token\""))
			.andExpect(jsonPath("$.title").value("Unauthorized"));
	}

	@Test
	void aPersonCannotRevokeSomeoneElsesToken() throws Exception {
		IssuedApiToken othersToken = issue("rad4@lakeshore.demo");
		mvc.perform(post("/profile/tokens/{id}/revoke", othersToken.token().id()).with(user(accounts.loadUserByUsername("rad5@lakeshore.demo"))).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(delete("/api/v1/me/tokens/{id}", othersToken.token().id())
			.header("Authorization", "Bearer " + issue("rad5@lakeshore.demo").secret()))
			.andExpect(status().isNotFound())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + othersToken.secret())).andExpect(status().isOk());
	}

	@Test
	void theProfileShowsANewTokenOnceAndThenOnlyItsPrefix() throws Exception {
		var rad1 = user(accounts.loadUserByUsername("rad1@lakeshore.demo"));
		String name = "Dashboard " + UUID.randomUUID();
		String page = mvc.perform(post("/profile/tokens").with(rad1).with(csrf()).param("name", name).param("lifetime", "DAYS_30"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String secret = page.replaceAll("(?s).*value=\"(plt_[A-Za-z0-9_-]{43})\".*", "$1");
		assertThat(secret).startsWith("plt_").hasSize(47);
		mvc.perform(get("/profile").with(rad1))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(name)))
			.andExpect(content().string(containsString(secret.substring(0, 8))))
			.andExpect(content().string(not(containsString(secret))));
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + secret)).andExpect(status().isOk());
	}

	@Test
	void htmxGetsOnlyTheTokensSectionBack() throws Exception {
		mvc.perform(post("/profile/tokens").with(user(accounts.loadUserByUsername("rad1@lakeshore.demo")))
			.with(csrf())
			.header("HX-Request", "true")
			.param("name", "htmx " + UUID.randomUUID())
			.param("lifetime", "NEVER"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"tokens\"")))
			.andExpect(content().string(not(containsString("<html"))));
	}

	@Test
	void aTokenNeedsANameThatIsNotTakenYet() throws Exception {
		var rad1 = user(accounts.loadUserByUsername("rad1@lakeshore.demo"));
		mvc.perform(post("/profile/tokens").with(rad1).with(csrf()).param("name", " ").param("lifetime", "DAYS_90"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("aria-invalid=\"true\"")));
		IssuedApiToken existing = issue("rad1@lakeshore.demo");
		mvc.perform(post("/profile/tokens").with(rad1).with(csrf()).param("name", existing.token().name()).param("lifetime", "DAYS_90"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("You already have a live token with this name.")));
	}

	@Test
	void aLifetimeThatIsNotOfferedIsNamedInWordsNotInJava() throws Exception {
		var rad1 = user(accounts.loadUserByUsername("rad1@lakeshore.demo"));
		mvc.perform(post("/profile/tokens").with(rad1).with(csrf()).param("name", "Forged").param("lifetime", "FOREVER"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This value is not one of those offered here")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("java.lang"))));
	}

	@Test
	void bearerCallsNeedNoCsrfToken() throws Exception {
		IssuedApiToken issued = issue("rad2@lakeshore.demo");
		IssuedApiToken victim = issue("rad2@lakeshore.demo");
		mvc.perform(delete("/api/v1/me/tokens/{id}", victim.token().id()).header("Authorization", "Bearer " + issued.secret()))
			.andExpect(status().isNoContent());
	}

	@Test
	void sessionCallsToTheApiWorkButNeedACsrfTokenToChangeAnything() throws Exception {
		var rad2 = user(accounts.loadUserByUsername("rad2@lakeshore.demo"));
		IssuedApiToken issued = issue("rad2@lakeshore.demo");
		mvc.perform(get("/api/v1/me").with(rad2)).andExpect(status().isOk()).andExpect(jsonPath("$.email").value("rad2@lakeshore.demo"));
		mvc.perform(delete("/api/v1/me/tokens/{id}", issued.token().id()).with(rad2))
			.andExpect(status().isForbidden())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(delete("/api/v1/me/tokens/{id}", issued.token().id()).with(rad2).with(csrf())).andExpect(status().isNoContent());
		mvc.perform(delete("/api/v1/me/tokens/{id}", issued.token().id()).with(rad2).with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void aSessionCreatesTokensThroughTheApiButATokenCannot() throws Exception {
		String name = "api " + UUID.randomUUID();
		mvc.perform(post("/api/v1/me/tokens").with(user(accounts.loadUserByUsername("rad2@lakeshore.demo")))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"" + name + "\", \"expiresInDays\": 30}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.token").value(containsString("plt_")))
			.andExpect(jsonPath("$.state").value("ACTIVE"));
		mvc.perform(post("/api/v1/me/tokens").header("Authorization", "Bearer " + issue("rad2@lakeshore.demo").secret())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"minted " + UUID.randomUUID() + "\"}"))
			.andExpect(status().isForbidden())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void everyTokenCallIsAuditedWithMethodAndPathOnly() throws Exception {
		IssuedApiToken issued = issue("rad1@lakeshore.demo");
		assertThat(events.stream(ApiTokenCreated.class).filter(e -> e.tokenId().equals(issued.token().id()))).hasSize(1);
		mvc.perform(get("/api/v1/me?secret=abc").header("Authorization", "Bearer " + issued.secret())).andExpect(status().isOk());
		assertThat(events.stream(ApiTokenUsed.class).filter(e -> e.tokenId().equals(issued.token().id())).toList())
			.singleElement()
			.satisfies(used -> {
				assertThat(used.action()).isEqualTo("identity.api-token.used");
				assertThat(used.targetType()).isEqualTo("api-token");
				assertThat(used.targetId()).isEqualTo(issued.token().id().toString());
				assertThat(used.details()).containsOnlyKeys("method", "path").containsEntry("method", "GET").containsEntry("path", "/api/v1/me");
				assertThat(used.organizationId()).isNotNull();
			});
		tokens.revoke(issued.token().personId(), issued.token().id(), issued.token().personId().value());
		assertThat(events.stream(ApiTokenRevoked.class).filter(e -> e.tokenId().equals(issued.token().id()))).hasSize(1);
	}

	@Test
	void theAuditTrailNamesTheTokenButNeverHoldsItOrTheQueryString() throws Exception {
		IssuedApiToken issued = issue("rad2@lakeshore.demo");
		mvc.perform(get("/api/v1/me/tokens?accession=ACC123").header("Authorization", "Bearer " + issued.secret()))
			.andExpect(status().isOk());
		String entries = jdbc.sql("select string_agg(action || ' ' || target_id || ' ' || details::text, ' | ') from audit_entry "
				+ "where target_type = 'api-token' and target_id = ?")
			.param(issued.token().id().toString())
			.query(String.class)
			.single();
		assertThat(entries).contains("identity.api-token.created", "identity.api-token.used", "/api/v1/me/tokens")
			.doesNotContain(issued.secret())
			.doesNotContain("ACC123");
	}

	@Test
	void lastUseIsNotedWithoutAWriteOnEveryCall() throws Exception {
		IssuedApiToken issued = issue("rad4@lakeshore.demo");
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + issued.secret())).andExpect(status().isOk());
		var first = lastUsed(issued);
		assertThat(first).isNotNull();
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + issued.secret())).andExpect(status().isOk());
		assertThat(lastUsed(issued)).isEqualTo(first);
	}

	private java.sql.Timestamp lastUsed(IssuedApiToken issued) {
		return jdbc.sql("select last_used_at from api_token where id = ?").param(issued.token().id()).query(java.sql.Timestamp.class).single();
	}

	private IssuedApiToken issue(String email) {
		PersonId person = people.findByEmail(email).orElseThrow().id();
		return tokens.create(person, "test " + UUID.randomUUID(), TokenLifetime.DAYS_30);
	}

	private static String sha256Hex(String value) {
		try {
			return java.util.HexFormat.of()
				.formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(value.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		}
		catch (java.security.NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
