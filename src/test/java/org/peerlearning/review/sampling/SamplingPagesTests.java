package org.peerlearning.review.sampling;

import org.junit.jupiter.api.Test;
import org.peerlearning.ApplicationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ApplicationTest
class SamplingPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

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

	private RequestPostProcessor as(String email) {
		return user(users.loadUserByUsername(email));
	}
}
