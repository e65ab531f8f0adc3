package org.peerlearning.identity;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.peerlearning.ApplicationTest;
import org.peerlearning.identity.tokens.ApiTokens;
import org.peerlearning.identity.tokens.TokenLifetime;
import org.peerlearning.organization.Organizations;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import jakarta.servlet.http.Cookie;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ApplicationTest
class MeApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApiTokens tokens;

	@Autowired
	People people;

	@Autowired
	Organizations organizations;

	@Test
	void meDescribesTheCallerTheirRolesAndOrganizations() throws Exception {
		Person rad6 = people.findByEmail("rad6@lakeshore.demo").orElseThrow();
		String lakeshore = organizations.findByName("Lakeshore Regional Health").orElseThrow().id().toString();
		String northern = organizations.findByName("Northern Imaging Group").orElseThrow().id().toString();
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + tokenOf(rad6)))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.id").value(rad6.id().toString()))
			.andExpect(jsonPath("$.email").value("rad6@lakeshore.demo"))
			.andExpect(jsonPath("$.displayName").value("Aisha Siddiqui"))
			.andExpect(jsonPath("$.givenName").value("Aisha"))
			.andExpect(jsonPath("$.familyName").value("Siddiqui"))
			.andExpect(jsonPath("$.cpsoNumber").value("80116"))
			.andExpect(jsonPath("$.language").value("en"))
			.andExpect(jsonPath("$.platformAdmin").value(false))
			.andExpect(jsonPath("$.currentOrganization.id").value(lakeshore))
			.andExpect(jsonPath("$.currentOrganization.name").value("Lakeshore Regional Health"))
			.andExpect(jsonPath("$.roles", contains("RADIOLOGIST")))
			.andExpect(jsonPath("$.organizations", hasSize(2)))
			.andExpect(jsonPath("$.organizations[0].id").value(lakeshore))
			.andExpect(jsonPath("$.organizations[0].name").value("Lakeshore Regional Health"))
			.andExpect(jsonPath("$.organizations[0].roles", contains("RADIOLOGIST")))
			.andExpect(jsonPath("$.organizations[1].id").value(northern))
			.andExpect(jsonPath("$.organizations[1].roles", contains("RADIOLOGIST")))
			.andDo(result -> LoggerFactory.getLogger(MeApiTests.class).info("GET /api/v1/me answered {}", result.getResponse().getContentAsString()));
	}

	@Test
	void meKeepsNullsForAMissingCpsoNumberAndOrganization() throws Exception {
		Person platform = people.findByEmail("platform@peerlearning.demo").orElseThrow();
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + tokenOf(platform)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("\"cpsoNumber\":null")))
			.andExpect(jsonPath("$.platformAdmin").value(true));
		Person admin = people.findByEmail("admin@lakeshore.demo").orElseThrow();
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + tokenOf(admin)))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("\"cpsoNumber\":null")))
			.andExpect(jsonPath("$.roles", contains("ORGANIZATION_ADMIN")));
	}

	@Test
	void anApiCallerPicksOneOfTheirOrganizationsWithAHeader() throws Exception {
		String northern = organizations.findByName("Northern Imaging Group").orElseThrow().id().toString();
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + tokenOf(people.findByEmail("rad6@lakeshore.demo").orElseThrow()))
			.header("X-Organization", northern))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.currentOrganization.id").value(northern))
			.andExpect(jsonPath("$.currentOrganization.name").value("Northern Imaging Group"));
	}

	@Test
	void anOrganizationTheCallerDoesNotBelongToIsAProblem404() throws Exception {
		String northern = organizations.findByName("Northern Imaging Group").orElseThrow().id().toString();
		String token = tokenOf(people.findByEmail("rad1@lakeshore.demo").orElseThrow());
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token).header("X-Organization", northern))
			.andExpect(status().isNotFound())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token).header("X-Organization", "not-an-id"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token).header("X-Organization", UUID.randomUUID().toString()))
			.andExpect(status().isNotFound());
	}

	@Test
	void aBrowserSessionKeepsItsSwitchedOrganizationOnTheApi() throws Exception {
		// Sessions live in Spring Session (cookie SESSION), so the browser's cookie is what carries on.
		Cookie session = mvc.perform(formLogin("/login").userParameter("email").user("rad6@lakeshore.demo").password("Demo-Password-1"))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		String northern = organizations.findByName("Northern Imaging Group").orElseThrow().id().toString();
		mvc.perform(post("/organization").cookie(session).with(csrf()).param("organization", northern))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/api/v1/me").cookie(session))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.currentOrganization.id").value(northern));
	}

	private String tokenOf(Person person) {
		return tokens.create(person.id(), "me " + UUID.randomUUID(), TokenLifetime.DAYS_30).secret();
	}
}
