package org.peerlearning.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** A program submits the caller's blinded review through POST /api/v1/reviews/{assignment}, with the form's rules. */
@ApplicationTest
class ReviewSubmissionApiTests {

	private static final String REVIEWER = "rad3@lakeshore.demo";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	People people;

	@Autowired
	ApiTokens tokens;

	@Autowired
	AssignedCases assigned;

	@Autowired
	JdbcClient jdbc;

	private AssignmentId assignment;

	@BeforeEach
	void aCaseAssignedForReview() throws Exception {
		assignment = assigned.assignTo(REVIEWER);
	}

	@Test
	void theReviewerSubmitsTheirReviewAndTheDraftIsForgotten() throws Exception {
		mvc.perform(post("/reviews/{id}/draft", assignment.value()).with(user(users.loadUserByUsername(REVIEWER))).with(csrf())
				.param("learningPoint", "Draft"));
		mvc.perform(review(REVIEWER, """
				{"score": "2a", "categories": ["PERCEPTUAL"], "learningPoint": "Compare with the prior.",
				 "recommendation": "FEEDBACK_ONLY"}"""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.assignmentId").value(assignment.value().toString()))
			.andExpect(jsonPath("$.caseState").exists());
		assertThat(jdbc.sql("select status from review_assignment where id = ?").param(assignment.value()).query(String.class).single())
			.isNotEqualTo("OPEN");
		assertThat(jdbc.sql("select count(*) from review_draft where assignment_id = ?").param(assignment.value())
			.query(Long.class).single()).isZero();

		mvc.perform(review(REVIEWER, """
				{"score": "2a", "recommendation": "FEEDBACK_ONLY"}"""))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void badInputGetsAProblemThatNamesWhatIsWrong() throws Exception {
		mvc.perform(review(REVIEWER, """
				{"score": "9z", "recommendation": "FEEDBACK_ONLY"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(review(REVIEWER, """
				{"score": "2a"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("recommendation")));
		mvc.perform(review(REVIEWER, """
				{"score": "2a", "recommendation": "FEEDBACK_ONLY", "customFields": {"no-such-field": ["x"]}}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.customFields.no-such-field").exists());
		mvc.perform(review(REVIEWER, "{not json"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		assertThat(jdbc.sql("select status from review_assignment where id = ?").param(assignment.value()).query(String.class).single())
			.isEqualTo("OPEN");
	}

	@Test
	void anotherPersonsAssignmentIsNotFound() throws Exception {
		mvc.perform(review("rad4@lakeshore.demo", """
				{"score": "1", "recommendation": "NO_FURTHER_ACTION"}"""))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void aDraftKeptThroughTheApiIsTheOneTheReviewFormGivesBack() throws Exception {
		String token = token(REVIEWER);
		mvc.perform(get("/api/v1/reviews/{id}/draft", assignment.value()).header("Authorization", "Bearer " + token))
			.andExpect(status().isNotFound());
		mvc.perform(put("/api/v1/reviews/{id}/draft", assignment.value()).header("Authorization", "Bearer " + token)
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"score": "2b", "learningPoint": "Typed in the reading room", "recommendation": "CONFERENCE"}"""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.savedAt").exists());
		mvc.perform(get("/api/v1/reviews/{id}/draft", assignment.value()).header("Authorization", "Bearer " + token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.score").value("2b"))
			.andExpect(jsonPath("$.learningPoint").value("Typed in the reading room"))
			.andExpect(jsonPath("$.recommendation").value("CONFERENCE"));
		String form = mvc.perform(get("/reviews/{id}", assignment.value()).with(user(users.loadUserByUsername(REVIEWER))))
			.andReturn().getResponse().getContentAsString();
		assertThat(form).contains("Typed in the reading room").containsPattern("value=\"CONFERENCE\"[^>]*checked");

		mvc.perform(get("/api/v1/reviews/{id}/draft", assignment.value()).header("Authorization", "Bearer " + token("rad4@lakeshore.demo")))
			.andExpect(status().isNotFound());
		mvc.perform(put("/api/v1/reviews/{id}/draft", assignment.value()).header("Authorization", "Bearer " + token)
				.contentType(MediaType.APPLICATION_JSON).content("{\"recommendation\": \"MAYBE\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	private String token(String email) {
		return tokens.create(people.findByEmail(email).orElseThrow().id(), "review " + UUID.randomUUID(), TokenLifetime.DAYS_30).secret();
	}

	private MockHttpServletRequestBuilder review(String email, String json) {
		return post("/api/v1/reviews/{id}", assignment.value()).header("Authorization", "Bearer " + token(email))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json);
	}
}
