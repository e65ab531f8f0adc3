package org.peerlearning.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.peerlearning.intake.TestMessages.oru;
import static org.peerlearning.intake.TestMessages.unique;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.peerlearning.ApplicationTest;
import org.peerlearning.intake.hl7.Hl7Intake;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** Prometheus metrics at /actuator/prometheus: for the operator's scrape token only, counts without patient data. */
@ApplicationTest
class MetricsEndpointTests {

	private static final String TOKEN = "test-scrape-token";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	Hl7Intake intake;

	@Test
	void withoutTheScrapeTokenTheMetricsAnswer401WithAProblem() throws Exception {
		mvc.perform(get("/actuator/prometheus"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(containsString("scrape token")));
		mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer not-the-token"))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void anOrganizationsAdministratorCannotReadTheMetricsOfTheWholeInstance() throws Exception {
		mvc.perform(get("/actuator/prometheus").with(user(accounts.loadUserByUsername("admin@lakeshore.demo"))))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void receivedMessagesAreCountedByOutcomeAndNoPatientDataIsPublished() throws Exception {
		double acceptedBefore = value(scrape(), "peerlearning_hl7_messages_total\\{outcome=\"accepted\"}");
		double rejectedBefore = value(scrape(), "peerlearning_hl7_messages_total\\{outcome=\"rejected\"}");

		String accession = unique("MET");
		intake.receive(oru(unique("MET"), accession, "F", null, "No acute findings for Zebulon Quaternary.")
			.getBytes(StandardCharsets.UTF_8));
		intake.receive("PID|1||only a patient segment\r".getBytes(StandardCharsets.UTF_8));

		String metrics = scrape();
		assertThat(value(metrics, "peerlearning_hl7_messages_total\\{outcome=\"accepted\"}")).isEqualTo(acceptedBefore + 1);
		assertThat(value(metrics, "peerlearning_hl7_messages_total\\{outcome=\"rejected\"}")).isEqualTo(rejectedBefore + 1);
		assertThat(metrics).contains("peerlearning_hl7_answer_seconds_bucket")
			.contains("peerlearning_sampling_waiting")
			.contains("peerlearning_sampling_failing")
			.doesNotContain(accession)
			.doesNotContain("Zebulon")
			.doesNotContain("TESTER")
			.doesNotContain("MRN-");
	}

	private String scrape() throws Exception {
		return mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer " + TOKEN))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private static double value(String metrics, String series) {
		Matcher m = Pattern.compile("(?m)^" + series + " (\\S+)$").matcher(metrics);
		assertThat(m.find()).as("series %s in the metrics", series).isTrue();
		return Double.parseDouble(m.group(1));
	}
}
