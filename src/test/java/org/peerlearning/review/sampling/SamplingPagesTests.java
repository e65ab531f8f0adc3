package org.peerlearning.review.sampling;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.peerlearning.ApplicationTest;
import org.peerlearning.organization.Organizations;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ApplicationTest
class SamplingPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	Organizations organizations;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aReviewerSeesTheirProgressAgainstTheQuotaOfTheRulesTheyReviewFor() throws Exception {
		mvc.perform(get("/review/sampling/quota").with(as("rad1@lakeshore.demo")))
			.andExpect(status().isOk())
			.andExpect(content().string(matchesPattern("(?s).*\\d+ of 20 this month.*")));
		mvc.perform(get("/review/sampling/quota").param("lang", "fr").with(as("rad1@lakeshore.demo")))
			.andExpect(content().string(matchesPattern("(?s).*\\d+ sur 20 ce mois-ci.*")));
	}

	@Test
	void theReviewersWorklistShowsTheirQuotaProgress() throws Exception {
		mvc.perform(get("/reviews").with(as("rad1@lakeshore.demo")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Sampled for you"),
					matchesPattern("(?s).*\\d+ of 20 this month.*"))));
	}

	@Test
	void someoneInNoPoolWithAQuotaSeesOnlyWhatTheyWereGiven() throws Exception {
		mvc.perform(get("/review/sampling/quota").with(as("rad6@lakeshore.demo")))
			.andExpect(content().string(matchesPattern("(?s).*\\d+ this month.*")));
	}

	@Test
	void theLeadSeesEachRuleWithWhatItSampledThisMonth() throws Exception {
		mvc.perform(get("/program/sampling").with(as("lead@lakeshore.demo")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Random 5% of CT and MR"), containsString("First 50 exams"),
					containsString("Realised rate"))));
	}

	@Test
	void anExamWhoseSamplingFailedIsShownToTheLeadWithWhyAndCanBeTriedAgainButNeverToAnotherOrganization() throws Exception {
		UUID lakeshore = organizations.findByName("Lakeshore Regional Health").orElseThrow().id().value();
		String accession = "FAIL-" + UUID.randomUUID().toString().substring(0, 8);
		jdbc.sql("""
				insert into sampling_queue (organization_id, exam_id, accession, modality, attempts, last_error, next_attempt_at)
				values (?, ?, ?, 'CT', 3, 'the review program could not be read', now() + interval '1 hour')""")
			.params(lakeshore, UUID.randomUUID(), accession)
			.update();

		mvc.perform(get("/program/sampling").with(as("lead@lakeshore.demo")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Waiting to be sampled"), containsString(accession),
					containsString("the review program could not be read"), containsString("Try again now"))));
		mvc.perform(get("/program/sampling").param("lang", "fr").with(as("lead@lakeshore.demo")))
			.andExpect(content().string(allOf(containsString("En attente d’échantillonnage"), containsString("Réessayer maintenant"))));
		mvc.perform(get("/api/v1/sampling/backlog").with(as("lead@lakeshore.demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.failing").value(org.hamcrest.Matchers.greaterThanOrEqualTo(1)))
			.andExpect(jsonPath("$.failures[*].accession").value(org.hamcrest.Matchers.hasItem(accession)));

		mvc.perform(get("/program/sampling").with(as("lead@northern.demo")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(accession))));
		mvc.perform(get("/api/v1/sampling/backlog").with(as("lead@northern.demo")))
			.andExpect(jsonPath("$.failures[*].accession").value(not(org.hamcrest.Matchers.hasItem(accession))));
		mvc.perform(get("/api/v1/sampling/backlog").with(as("rad1@lakeshore.demo")))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));

		mvc.perform(post("/program/sampling/retry").with(csrf()).with(as("lead@lakeshore.demo")))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/program/sampling"));
		// tried again at once: the exam is sampled (it names no stored exam, so no case opens) and leaves the queue
		await().atMost(Duration.ofSeconds(20))
			.until(() -> jdbc.sql("select count(*) from sampling_queue where accession = ?").param(accession).query(Long.class).single(),
					waiting -> waiting == 0);
	}

	private RequestPostProcessor as(String email) {
		return user(users.loadUserByUsername(email));
	}
}
