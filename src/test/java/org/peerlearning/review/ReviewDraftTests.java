package org.peerlearning.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;


import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerlearning.ApplicationTest;
import org.peerlearning.identity.People;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** A blinded review in progress is kept as a draft: leaving the form loses nothing, and only its reviewer sees it. */
@ApplicationTest
class ReviewDraftTests {

	private static final String REVIEWER = "rad3@lakeshore.demo";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	People people;

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
	void whatTheReviewerTypedComesBackWhenTheyReturnToTheForm() throws Exception {
		mvc.perform(post("/reviews/{id}/draft", assignment.value()).with(as(REVIEWER)).with(csrf())
				.param("score", "S2A").param("categories", "PERCEPTUAL").param("learningPoint", "Look twice at the apices")
				.param("recommendation", "FEEDBACK_ONLY"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flash", "review.draft.saved"));

		String form = mvc.perform(get("/reviews/{id}", assignment.value()).with(as(REVIEWER)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(form).contains("Look twice at the apices").contains("is back")
			.containsPattern("value=\"S2A\"[^>]*checked")
			.containsPattern("value=\"FEEDBACK_ONLY\"[^>]*checked");
	}

	@Test
	void theFormSavesItselfAndAnswersAStatusLine() throws Exception {
		String status = mvc.perform(post("/reviews/{id}/draft", assignment.value()).with(as(REVIEWER)).with(csrf())
				.header("HX-Request", "true").param("learningPoint", "Half written"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(status).contains("Draft saved at").doesNotContain("<html");
		assertThat(draftFields()).contains("learningPoint=Half+written").doesNotContain("_csrf");
	}

	@Test
	void noOtherPersonCanReadOrWriteTheDraft() throws Exception {
		mvc.perform(post("/reviews/{id}/draft", assignment.value()).with(as(REVIEWER)).with(csrf()).param("learningPoint", "Mine"));
		mvc.perform(post("/reviews/{id}/draft", assignment.value()).with(as("rad4@lakeshore.demo")).with(csrf())
				.param("learningPoint", "Theirs"))
			.andExpect(status().isNotFound());
		mvc.perform(get("/reviews/{id}", assignment.value()).with(as("rad4@lakeshore.demo"))).andExpect(status().isNotFound());
		assertThat(draftFields()).contains("Mine").doesNotContain("Theirs");
	}

	@Test
	void submittingTheReviewForgetsTheDraft() throws Exception {
		mvc.perform(post("/reviews/{id}/draft", assignment.value()).with(as(REVIEWER)).with(csrf()).param("learningPoint", "Draft"));
		mvc.perform(post("/reviews/{id}", assignment.value()).with(as(REVIEWER)).with(csrf())
				.param("score", "S1").param("recommendation", "NO_FURTHER_ACTION").param("learningPoint", "Final"))
			.andExpect(flash().attribute("flash", "review.form.submitted"));
		assertThat(jdbc.sql("select count(*) from review_draft where assignment_id = ?").param(assignment.value())
			.query(Long.class).single()).isZero();
	}

	@Test
	void aDraftTooLongToKeepIsRefusedWithAReasonAndNothingIsStored() throws Exception {
		String status = mvc.perform(post("/reviews/{id}/draft", assignment.value()).with(as(REVIEWER)).with(csrf())
				.header("HX-Request", "true").param("learningPoint", "x".repeat(ReviewDrafts.MAX_LENGTH + 1)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(status).contains("too long to keep");
		assertThat(jdbc.sql("select count(*) from review_draft where assignment_id = ?").param(assignment.value())
			.query(Long.class).single()).isZero();
	}

	private String draftFields() {
		return jdbc.sql("select fields from review_draft where assignment_id = ?").param(assignment.value()).query(String.class).single();
	}

	private RequestPostProcessor as(String email) {
		return user(users.loadUserByUsername(email));
	}
}
