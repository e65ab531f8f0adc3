package org.peerlearning.cases;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.peerlearning.ApplicationTest;
import org.peerlearning.identity.People;
import org.peerlearning.identity.Person;
import org.peerlearning.identity.tokens.ApiTokens;
import org.peerlearning.identity.tokens.TokenLifetime;
import org.peerlearning.organization.OrganizationId;
import org.peerlearning.organization.Organizations;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ApplicationTest
class CaseSubmissionTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	Organizations organizations;

	@Autowired
	People people;

	@Autowired
	ApiTokens tokens;

	@Autowired
	Cases cases;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theContextLaunchOpensTheFormWithTheExamFilledIn() throws Exception {
		mvc.perform(get("/cases/new").param("accession", "LGH-1002").with(as("rad2@lakeshore.demo")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"LGH-1002\"")))
			.andExpect(content().string(containsString("CT HEAD WITHOUT CONTRAST")))
			// the patient is nobody's business on this form
			.andExpect(content().string(not(containsString("SINGH"))));
	}

	@Test
	void theFormOffersTheExamsTheRadiologistReadLatelyAndNoOneElses() throws Exception {
		mvc.perform(get("/cases/new").with(as("rad1@lakeshore.demo")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/cases/new?accession=LGH-1001")))
			.andExpect(content().string(containsString("/cases/new?accession=LGH-1002")))
			// LGH-1000 was read by rad3, NIS exams belong to the other organization
			.andExpect(content().string(not(containsString("accession=LGH-1000\""))))
			.andExpect(content().string(not(containsString("accession=NIS-"))))
			.andExpect(content().string(not(containsString("SINGH"))));
	}

	@Test
	void aRadiologistSubmitsALearningOpportunityInOneStepAndSeesItAfterwards() throws Exception {
		String note = "Insular ribbon sign missed " + UUID.randomUUID();
		MvcResult result = mvc.perform(post("/cases").with(as("rad2@lakeshore.demo")).with(csrf())
				.param("accession", "LGH-1002").param("source", "LEARNING_OPPORTUNITY").param("note", note)
				.param("categories", "perceptual").param("named", "false"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flash", "cases.submitted"))
			.andReturn();
		String location = result.getResponse().getRedirectedUrl();
		UUID id = UUID.fromString(location.substring("/cases/".length()));
		LearningCase opened = cases.get(lakeshore(), new CaseId(id));
		assertThat(opened.state()).isEqualTo(CaseState.SUBMITTED);
		assertThat(opened.submitterNamed()).isFalse();
		assertThat(opened.categories()).containsExactly("perceptual");
		assertThat(opened.authorId()).isEqualTo(person("rad1@lakeshore.demo").id());

		mvc.perform(get(location).with(as("rad2@lakeshore.demo")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(note)))
			.andExpect(content().string(not(containsString("Okafor"))));
		assertThat(auditCount("cases.case.viewed", id)).isEqualTo(1);
		assertThat(auditCount("cases.case.submitted", id)).isEqualTo(1);
		mvc.perform(get("/cases").with(as("rad2@lakeshore.demo"))).andExpect(content().string(containsString(location)));
	}

	@Test
	void anUnknownAccessionIsShownNextToTheFieldAndWhatWasTypedIsKept() throws Exception {
		mvc.perform(post("/cases").with(as("rad2@lakeshore.demo")).with(csrf())
				.param("accession", "NOPE-404").param("source", "GREAT_CALL").param("note", "kept note"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("aria-invalid=\"true\"")))
			.andExpect(content().string(containsString("No exam with this accession number in this organization.")))
			.andExpect(content().string(containsString("kept note")));
	}

	@Test
	void anotherOrganizationsExamCannotBeSubmittedAndItsCasesAreNotFound() throws Exception {
		mvc.perform(post("/cases").with(as("rad1@northern.demo")).with(csrf())
				.param("accession", "LGH-1001").param("source", "LEARNING_OPPORTUNITY"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("aria-invalid=\"true\"")));
		CaseId lakeCase = submitted("rad3@lakeshore.demo", "LGH-1003");
		mvc.perform(get("/cases/{id}", lakeCase.value()).with(as("lead@northern.demo"))).andExpect(status().isNotFound());
		mvc.perform(get("/cases/{id}", lakeCase.value()).with(as("rad4@lakeshore.demo"))).andExpect(status().isNotFound());
		mvc.perform(get("/cases/{id}", UUID.randomUUID()).with(as("lead@lakeshore.demo"))).andExpect(status().isNotFound());
	}

	@Test
	void theLeadSeesThePatientAndTheSubmitterButTheSubmitterDoesNotSeeTheAuthor() throws Exception {
		CaseId id = submitted("rad3@lakeshore.demo", "LGH-1001");
		mvc.perform(get("/cases/{id}", id.value()).with(as("lead@lakeshore.demo")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("CAMILLE ROY")))
			.andExpect(content().string(containsString("Samuel Chen")))
			.andExpect(content().string(containsString("Daniel Okafor")));
		mvc.perform(get("/cases/{id}", id.value()).with(as("rad3@lakeshore.demo")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("ROY"))))
			.andExpect(content().string(not(containsString("Okafor"))));
	}

	@Test
	void anIllegalStepIsRefusedWithAClearMessage() throws Exception {
		CaseId id = submitted("rad3@lakeshore.demo", "LGH-1004");
		mvc.perform(post("/cases/{id}/steps", id.value()).with(as("lead@lakeshore.demo")).with(csrf()).param("action", "PRESENT"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("problem", "cases.step.refused"));
		assertThat(cases.get(lakeshore(), id).state()).isEqualTo(CaseState.SUBMITTED);
		mvc.perform(post("/cases/{id}/steps", id.value()).with(as("lead@lakeshore.demo")).with(csrf()).param("action", "ACCEPT"))
			.andExpect(flash().attribute("flash", "cases.step.done"));
		assertThat(cases.get(lakeshore(), id).state()).isEqualTo(CaseState.TRIAGE);
		mvc.perform(post("/cases/{id}/steps", id.value()).with(as("rad3@lakeshore.demo")).with(csrf()).param("action", "CANCEL"))
			.andExpect(status().isForbidden());
	}

	@Test
	void anIntegrationSubmitsThroughTheApiAndGetsNoOneElsesIdentityBack() throws Exception {
		String token = tokens.create(person("rad4@lakeshore.demo").id(), "pacs " + UUID.randomUUID(), TokenLifetime.DAYS_30).secret();
		mvc.perform(post("/api/v1/cases").header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON)
				.content("{\"accession\":\"LGH-1006\",\"source\":\"GREAT_CALL\",\"note\":\"nice catch\",\"categories\":[\"interpretive\",\"bogus\"]}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.state").value("SUBMITTED"))
			.andExpect(jsonPath("$.categories[0]").value("interpretive"))
			.andExpect(jsonPath("$.categories.length()").value(1))
			.andExpect(content().string(not(containsString("Okafor"))));
		mvc.perform(post("/api/v1/cases").header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON)
				.content("{\"accession\":\"NIS-2001\",\"source\":\"GREAT_CALL\"}"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(post("/api/v1/cases").header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON)
				.content("{\"accession\":\"LGH-1006\"}"))
			.andExpect(status().isBadRequest());
		mvc.perform(post("/api/v1/cases").header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON)
				.content("{\"accession\":\"LGH-1006\",\"source\":\"RANDOM_SAMPLE\"}"))
			.andExpect(status().isBadRequest());
	}

	@Test
	void aSampleOpensStraightIntoTriage() {
		Person rad1 = person("rad1@lakeshore.demo");
		var exam = jdbc.sql("select id from exam where organization_id = ? and accession_number = 'LGH-1009'")
			.param(lakeshore().value())
			.query(UUID.class)
			.single();
		CaseId id = cases.open(new OpenCase(lakeshore(), new org.peerlearning.intake.ExamId(exam), CaseSource.RANDOM_SAMPLE, null,
				false, null, null, "random 3%"));
		LearningCase sample = cases.get(lakeshore(), id);
		assertThat(sample.state()).isEqualTo(CaseState.TRIAGE);
		assertThat(sample.authorId()).isEqualTo(rad1.id());
		assertThat(sample.sampleRule()).isEqualTo("random 3%");
	}

	private CaseId submitted(String email, String accession) throws Exception {
		String location = mvc.perform(post("/cases").with(as(email)).with(csrf())
				.param("accession", accession).param("source", "LEARNING_OPPORTUNITY").param("note", "note"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return new CaseId(UUID.fromString(location.substring("/cases/".length())));
	}

	private long auditCount(String action, UUID target) {
		return jdbc.sql("select count(*) from audit_entry where action = ? and target_id = ?")
			.params(action, target.toString())
			.query(Long.class)
			.single();
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
