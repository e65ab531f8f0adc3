package org.peerlearning.cases;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.peerlearning.ApplicationTest;
import org.peerlearning.identity.People;
import org.peerlearning.identity.tokens.ApiTokens;
import org.peerlearning.identity.tokens.TokenLifetime;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A submission answers the organization's own case fields (Lakeshore's demo program asks for the
 * clinical setting), on the page and through the API, and an answer the field does not allow is
 * refused without losing what was typed.
 */
@ApplicationTest
class CaseCustomFieldsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	People people;

	@Autowired
	ApiTokens tokens;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anAnswerTheFieldDoesNotOfferIsShownAgainWithItsErrorAndNoCaseIsOpened() throws Exception {
		String note = "Setting check " + UUID.randomUUID();
		String page = mvc.perform(post("/cases").with(as("rad2@lakeshore.demo")).with(csrf()).param("accession", "LGH-1003")
				.param("source", "LEARNING_OPPORTUNITY").param("note", note).param("custom.clinical-setting", "rooftop"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Clinical setting").contains("Pick among the choices offered.").contains(note);
		assertThat(casesWithNote(note)).isZero();
	}

	@Test
	void theAnswerIsKeptWithTheCaseAndShownToTheSubmitterAndTheLeadInTheirLanguage() throws Exception {
		String note = "Setting kept " + UUID.randomUUID();
		String location = mvc.perform(post("/cases").with(as("rad2@lakeshore.demo")).with(csrf()).param("accession", "LGH-1003")
				.param("source", "LEARNING_OPPORTUNITY").param("note", note).param("custom.clinical-setting", "emergency"))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		assertThat(casesWithNote(note)).isEqualTo(1);

		String mine = mvc.perform(get(location).with(as("rad2@lakeshore.demo"))).andReturn().getResponse().getContentAsString();
		assertThat(mine).contains("Clinical setting").contains("<dd>Emergency</dd>");
		String triage = mvc.perform(get("/triage/" + location.substring("/cases/".length())).param("lang", "fr")
				.with(as("lead@lakeshore.demo"))).andReturn().getResponse().getContentAsString();
		assertThat(triage).contains("Contexte clinique").contains("<dd>Urgence</dd>");
	}

	@Test
	void theApiTakesTheAnswersAndRefusesABadOneWithAProblemNamingTheField() throws Exception {
		String token = tokens.create(people.findByEmail("rad2@lakeshore.demo").orElseThrow().id(), "fields " + UUID.randomUUID(),
				TokenLifetime.DAYS_30).secret();
		mvc.perform(post("/api/v1/cases").header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"accession": "LGH-1003", "source": "LEARNING_OPPORTUNITY", "note": "API field",
						 "customFields": {"clinical-setting": ["rooftop"]}}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.status").value(400))
			.andExpect(jsonPath("$.customFields.clinical-setting").value("Pick among the choices offered."));
		mvc.perform(post("/api/v1/cases").header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"accession": "LGH-1003", "source": "LEARNING_OPPORTUNITY", "note": "API field",
						 "customFields": {"clinical-setting": ["outpatient"]}}"""))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.customFields.clinical-setting[0]").value("outpatient"));
	}

	private long casesWithNote(String note) {
		return jdbc.sql("select count(*) from learning_case where note = ?").param(note).query(Long.class).single();
	}

	private RequestPostProcessor as(String email) {
		return user(users.loadUserByUsername(email));
	}
}
