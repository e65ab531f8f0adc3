package org.peerlearning.review;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.peerlearning.ApplicationTest;
import org.peerlearning.cases.CaseId;
import org.peerlearning.cases.CaseState;
import org.peerlearning.cases.Cases;
import org.peerlearning.identity.People;
import org.peerlearning.identity.Person;
import org.peerlearning.identity.tokens.ApiTokens;
import org.peerlearning.identity.tokens.TokenLifetime;
import org.peerlearning.organization.OrganizationId;
import org.peerlearning.organization.Organizations;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Submission to committee through the pages: a radiologist submits a case about rad1's report,
 * the lead triages and assigns it, the reviewer scores it blind (nothing they are shown names rad1,
 * the submitter or the patient), a 3b goes to the committee, which records a consensus.
 */
@ApplicationTest
class BlindedReviewJourneyTests {

	/** Everything that identifies the author (rad1), the submitter (rad2) and the patient of LGH-1001. */
	private static final List<String> FORBIDDEN = List.of("Okafor", "OKAFOR", "Daniel", "DANIEL", "80111", "rad1@lakeshore.demo",
			"Gagnon", "Émilie", "80112", "rad2@lakeshore.demo", "CAMILLE", "Camille", "LGH-MRN-5001", "LGH-1001", "Dictated",
			"signed by");

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
	ApiTokens tokens;

	@Test
	void aSubmittedCaseIsTriagedReviewedBlindAndA3bGoesToTheCommittee() throws Exception {
		String location = mvc.perform(post("/cases").with(as("rad2@lakeshore.demo")).with(csrf())
				.param("accession", "LGH-1001").param("source", "LEARNING_OPPORTUNITY")
				.param("note", "RUL nodule not followed up").param("categories", "perceptual"))
			.andReturn().getResponse().getRedirectedUrl();
		CaseId caseId = new CaseId(UUID.fromString(location.substring("/cases/".length())));

		mvc.perform(get("/triage").with(as("lead@lakeshore.demo"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("/triage/" + caseId)));
		mvc.perform(get("/triage/{id}", caseId.value()).with(as("lead@lakeshore.demo"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("Reading radiologist of this exam")))
			.andExpect(content().string(containsString("Submitted this case")));
		mvc.perform(post("/triage/{id}/decision", caseId.value()).with(as("lead@lakeshore.demo")).with(csrf()).param("action", "ACCEPT"))
			.andExpect(flash().attribute("flash", "review.triage.decided"));
		assertThat(state(caseId)).isEqualTo(CaseState.TRIAGE);

		// the rules refuse the author and the submitter, whoever asks
		mvc.perform(post("/triage/{id}/assign", caseId.value()).with(as("lead@lakeshore.demo")).with(csrf())
				.param("reviewer", person("rad1@lakeshore.demo").id().toString()).param("due", LocalDate.now().plusDays(7).toString()))
			.andExpect(flash().attribute("problem", "review.policy.author"));
		mvc.perform(post("/triage/{id}/assign", caseId.value()).with(as("lead@lakeshore.demo")).with(csrf())
				.param("reviewer", person("rad2@lakeshore.demo").id().toString()).param("due", LocalDate.now().plusDays(7).toString()))
			.andExpect(flash().attribute("problem", "review.policy.submitter"));
		mvc.perform(post("/triage/{id}/assign", caseId.value()).with(as("lead@lakeshore.demo")).with(csrf())
				.param("reviewer", person("rad3@lakeshore.demo").id().toString()).param("due", LocalDate.now().plusDays(7).toString()))
			.andExpect(flash().attribute("flash", "review.assign.done"));
		assertThat(state(caseId)).isEqualTo(CaseState.IN_REVIEW);
		Assignment assignment = assignments.ofCase(lakeshore(), caseId).get(0);

		String worklist = page("/reviews", "rad3@lakeshore.demo");
		assertThat(worklist).contains("/reviews/" + assignment.id());
		String review = page("/reviews/" + assignment.id(), "rad3@lakeshore.demo");
		assertThat(review).contains("6 mm nodule").contains("Prior reports");
		String token = tokens.create(person("rad3@lakeshore.demo").id(), "check " + UUID.randomUUID(), TokenLifetime.DAYS_30).secret();
		String api = mvc.perform(get("/api/v1/reviews/assigned").header("Authorization", "Bearer " + token))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(api).contains(assignment.id().toString()).contains("maskedReport");
		for (String shown : List.of(worklist, review, api)) {
			assertThat(FORBIDDEN).allSatisfy(secret -> assertThat(shown).doesNotContain(secret));
		}
		// nobody else opens this assignment
		mvc.perform(get("/reviews/{id}", assignment.id().value()).with(as("rad4@lakeshore.demo"))).andExpect(status().isNotFound());
		mvc.perform(get("/reviews/{id}", assignment.id().value()).with(as("lead@northern.demo"))).andExpect(status().isNotFound());

		// an answer the program's own review field does not offer is shown again with its error, nothing saved
		String refused = mvc.perform(post("/reviews/{id}", assignment.id().value()).with(as("rad3@lakeshore.demo")).with(csrf())
				.param("score", "S3B").param("categories", "perceptual").param("learningPoint", "Follow incidental nodules")
				.param("recommendation", "FEEDBACK_ONLY").param("custom.teaching-value", "enormous"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(refused).contains("Teaching value for a conference").contains("Pick among the choices offered.")
			.contains("Follow incidental nodules");
		assertThat(state(caseId)).isEqualTo(CaseState.IN_REVIEW);

		mvc.perform(post("/reviews/{id}", assignment.id().value()).with(as("rad3@lakeshore.demo")).with(csrf())
				.param("score", "S3B").param("categories", "perceptual").param("learningPoint", "Follow incidental nodules")
				.param("recommendation", "FEEDBACK_ONLY").param("custom.teaching-value", "high"))
			.andExpect(flash().attribute("flash", "review.form.submitted"));
		assertThat(state(caseId)).isEqualTo(CaseState.ADJUDICATION);
		mvc.perform(post("/reviews/{id}", assignment.id().value()).with(as("rad3@lakeshore.demo")).with(csrf())
				.param("score", "S1").param("recommendation", "NO_FURTHER_ACTION"))
			.andExpect(flash().attribute("problem", "review.form.closed"));

		String committee = page("/committee", "quality@lakeshore.demo");
		assertThat(committee).contains("/committee/" + caseId);
		String committeeCase = page("/committee/" + caseId, "quality@lakeshore.demo");
		assertThat(committeeCase).contains("Follow incidental nodules").contains("Teaching value for a conference")
			.contains("<dd>High</dd>");
		assertThat(FORBIDDEN).allSatisfy(secret -> assertThat(committeeCase).doesNotContain(secret));
		mvc.perform(get("/committee").with(as("rad3@lakeshore.demo"))).andExpect(status().isForbidden());

		mvc.perform(post("/committee/{id}", caseId.value()).with(as("quality@lakeshore.demo")).with(csrf())
				.param("score", "S3A").param("outcome", "SEND_FEEDBACK").param("safetyActions", "ADDENDUM_REQUESTED")
				.param("learningPoint", "Incidental nodules need a recommendation"))
			.andExpect(flash().attribute("flash", "review.committee.decided"));
		assertThat(state(caseId)).isEqualTo(CaseState.FEEDBACK_PENDING);
	}

	@Test
	void aConcurringReviewClosesTheCaseAndTheCaseCannotBeAssignedOnceClosed() throws Exception {
		CaseId caseId = new CaseId(UUID.fromString(mvc.perform(post("/cases").with(as("rad4@lakeshore.demo")).with(csrf())
				.param("accession", "LGH-1005").param("source", "LEARNING_OPPORTUNITY"))
			.andReturn().getResponse().getRedirectedUrl().substring("/cases/".length())));
		AssignmentId id = assignments.assign(lakeshore(), caseId, person("rad5@lakeshore.demo").id(), null,
				person("lead@lakeshore.demo").id());
		assertThat(assignments.find(lakeshore(), id).orElseThrow().due()).isAfter(LocalDate.now().plusDays(13));
		mvc.perform(post("/reviews/{id}", id.value()).with(as("rad5@lakeshore.demo")).with(csrf())
				.param("score", "S1").param("recommendation", "NO_FURTHER_ACTION"))
			.andExpect(flash().attribute("flash", "review.form.submitted"));
		assertThat(state(caseId)).isEqualTo(CaseState.CLOSED);
		mvc.perform(post("/triage/{id}/assign", caseId.value()).with(as("lead@lakeshore.demo")).with(csrf())
				.param("reviewer", person("rad6@lakeshore.demo").id().toString()).param("due", LocalDate.now().plusDays(7).toString()))
			.andExpect(flash().attribute("problem", "cases.step.refused"));
	}

	@Test
	void anIncompleteReviewIsShownAgainWithItsErrors() throws Exception {
		CaseId caseId = new CaseId(UUID.fromString(mvc.perform(post("/cases").with(as("rad4@lakeshore.demo")).with(csrf())
				.param("accession", "LGH-1007").param("source", "GREAT_CALL"))
			.andReturn().getResponse().getRedirectedUrl().substring("/cases/".length())));
		AssignmentId id = assignments.assign(lakeshore(), caseId, person("rad5@lakeshore.demo").id(), LocalDate.now().plusDays(3),
				person("lead@lakeshore.demo").id());
		mvc.perform(post("/reviews/{id}", id.value()).with(as("rad5@lakeshore.demo")).with(csrf()).param("learningPoint", "kept"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose a score.")))
			.andExpect(content().string(containsString("kept")));
		assertThat(state(caseId)).isEqualTo(CaseState.IN_REVIEW);
	}

	private String page(String path, String email) throws Exception {
		return mvc.perform(get(path).with(as(email))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private CaseState state(CaseId id) {
		return cases.get(lakeshore(), id).state();
	}

	private OrganizationId lakeshore() {
		return organizations.findByName("Lakeshore Regional Health").orElseThrow().id();
	}

	private Person person(String email) {
		return people.findByEmail(email).orElseThrow();
	}

	private RequestPostProcessor as(String email) {
		return user(users.loadUserByUsername(email));
	}
}
