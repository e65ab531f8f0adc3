package org.peerlearning.review;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.peerlearning.ApplicationTest;
import org.peerlearning.cases.CaseAction;
import org.peerlearning.cases.CaseId;
import org.peerlearning.cases.CaseState;
import org.peerlearning.cases.Cases;
import org.peerlearning.identity.People;
import org.peerlearning.identity.PersonId;
import org.peerlearning.organization.OrganizationId;
import org.peerlearning.organization.Organizations;
import org.peerlearning.organization.ReviewProgramAdministration;
import org.peerlearning.organization.ReviewProgramSettings;
import org.peerlearning.organization.ReviewScale;
import org.peerlearning.organization.ScaleLevel;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An organization that scores on a scale of its own: the reviewer is offered its levels, a RADPEER
 * score is refused, and a level marked for adjudication sends the case to the committee, which
 * reads the level in the scale's words.
 */
@ApplicationTest
class OwnScaleReviewTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	Organizations organizations;

	@Autowired
	People people;

	@Autowired
	Cases cases;

	@Autowired
	ReviewAssignments assignments;

	@Autowired
	ReviewProgramAdministration program;

	@Autowired
	Reviews reviews;

	@Test
	void theReviewerScoresOnTheOrganizationsOwnScaleAndItsAdjudicationLevelGoesToTheCommittee() throws Exception {
		OrganizationId lakeshore = organizations.findByName("Lakeshore Regional Health").orElseThrow().id();
		ReviewProgramSettings before = program.settings(lakeshore);
		String code = "ACR-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
		program.addScale(lakeshore, new ReviewScale(null, code, "Three-level scale", "Échelle à trois niveaux",
				List.of(new ScaleLevel("agree", "Agree", "D’accord", false, true, false),
						new ScaleLevel("minor", "Minor discrepancy", "Écart mineur", false, false, false),
						new ScaleLevel("major", "Major discrepancy", "Écart majeur", true, false, true)),
				false, null), null);
		program.updateTargets(lakeshore, code, before.turnaroundDays(), before.reminderDays(), before.viewerUrlTemplate(),
				before.dicomOptions(), null);
		try {
			String location = mvc.perform(post("/cases").with(as("rad2@lakeshore.demo")).with(csrf()).param("accession", "LGH-1003")
					.param("source", "LEARNING_OPPORTUNITY").param("note", "Own scale"))
				.andReturn().getResponse().getRedirectedUrl();
			CaseId caseId = new CaseId(UUID.fromString(location.substring("/cases/".length())));
			cases.transition(lakeshore, caseId, CaseAction.ACCEPT, person("lead@lakeshore.demo"), null);
			AssignmentId assignment = assignments.assign(lakeshore, caseId, person("rad3@lakeshore.demo"),
					LocalDate.now().plusDays(7), person("lead@lakeshore.demo"));

			String form = mvc.perform(get("/reviews/{id}", assignment.value()).with(as("rad3@lakeshore.demo")))
				.andReturn().getResponse().getContentAsString();
			assertThat(form).contains("Three-level scale").contains("value=\"major\"").contains("Major discrepancy")
				.doesNotContain("value=\"S3B\"");

			String refused = mvc.perform(post("/reviews/{id}", assignment.value()).with(as("rad3@lakeshore.demo")).with(csrf())
					.param("score", "S3B").param("recommendation", "FEEDBACK_ONLY").param("learningPoint", "Kept"))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
			assertThat(refused).contains("Kept").contains("class=\"error\"");

			mvc.perform(post("/reviews/{id}", assignment.value()).with(as("rad3@lakeshore.demo")).with(csrf())
					.param("score", "major").param("recommendation", "FEEDBACK_ONLY"))
				.andExpect(flash().attribute("flash", "review.form.submitted"));
			assertThat(cases.get(lakeshore, caseId).state()).isEqualTo(CaseState.ADJUDICATION);
			String committee = mvc.perform(get("/committee/{id}", caseId.value()).with(as("quality@lakeshore.demo")))
				.andReturn().getResponse().getContentAsString();
			assertThat(committee).contains(">major<").contains("Major discrepancy").contains("value=\"minor\"");
			// the committee's list shows each case's scores too
			String list = mvc.perform(get("/committee").with(as("quality@lakeshore.demo")))
				.andReturn().getResponse().getContentAsString();
			assertThat(list).contains("/committee/" + caseId.value()).contains("major");

			// the committee's consensus is on the same scale
			String wrong = mvc.perform(post("/committee/{id}", caseId.value()).with(as("quality@lakeshore.demo")).with(csrf())
					.param("score", "S3A").param("outcome", "SEND_FEEDBACK").param("learningPoint", "Consensus kept"))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
			assertThat(wrong).contains("Consensus kept").contains("class=\"error\"");
			mvc.perform(post("/committee/{id}", caseId.value()).with(as("quality@lakeshore.demo")).with(csrf())
					.param("score", "minor").param("outcome", "SEND_FEEDBACK").param("learningPoint", "Consensus kept"))
				.andExpect(flash().attribute("flash", "review.committee.decided"));
			assertThat(cases.get(lakeshore, caseId).state()).isEqualTo(CaseState.FEEDBACK_PENDING);
			assertThat(reviews.decisions(lakeshore, caseId)).singleElement().satisfies(d -> {
				assertThat(d.scaleCode()).isEqualTo(code);
				assertThat(d.scoreCode()).isEqualTo("minor");
				assertThat(d.score()).isNull();
			});
		}
		finally {
			program.updateTargets(lakeshore, before.activeScale().code(), before.turnaroundDays(), before.reminderDays(),
					before.viewerUrlTemplate(), before.dicomOptions(), null);
		}
	}

	private PersonId person(String email) {
		return people.findByEmail(email).orElseThrow().id();
	}

	private RequestPostProcessor as(String email) {
		return user(users.loadUserByUsername(email));
	}
}
