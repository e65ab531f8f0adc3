package org.peerlearning.identity.admin.program;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.peerlearning.ApplicationTest;
import org.peerlearning.identity.People;
import org.peerlearning.organization.OrganizationId;
import org.peerlearning.organization.Organizations;
import org.peerlearning.organization.ReviewProgram;
import org.peerlearning.organization.ReviewProgramAdministration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The program pages: who reaches them, what they show, and how they refuse bad input. */
@ApplicationTest
class ProgramPagesTests {

	static final String[] PAGES = { "/admin/program", "/admin/program/scales", "/admin/program/taxonomy", "/admin/program/fields",
			"/admin/program/rules", "/admin/program/rules/new", "/admin/program/pools", "/admin/program/conflicts",
			"/program/sampling" };

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	Organizations organizations;

	@Autowired
	ReviewProgram program;

	@Autowired
	ReviewProgramAdministration administration;

	@Autowired
	People people;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theProgramLeadReachesEveryProgramPageInBothLanguagesButNotThePeopleAdministration() throws Exception {
		for (String page : PAGES) {
			mvc.perform(get(page).with(as("lead@lakeshore.demo"))).andExpect(status().isOk());
			mvc.perform(get(page).param("lang", "fr").with(as("lead@lakeshore.demo"))).andExpect(status().isOk());
		}
		mvc.perform(get("/admin").with(as("lead@lakeshore.demo"))).andExpect(status().isForbidden());
		mvc.perform(get("/admin/people").with(as("lead@lakeshore.demo"))).andExpect(status().isForbidden());
	}

	@Test
	void aRadiologistIsRefusedTheProgramPagesAndTheirChanges() throws Exception {
		for (String page : PAGES) {
			mvc.perform(get(page).with(as("rad1@lakeshore.demo"))).andExpect(status().isForbidden());
		}
		mvc.perform(post("/admin/program/taxonomy").with(as("rad1@lakeshore.demo")).with(csrf()).param("code", "rogue")
			.param("labelEn", "Rogue").param("labelFr", "Voyou").param("group", "OTHER")).andExpect(status().isForbidden());
	}

	@Test
	void theDemoProgramShowsRadpeerTheTaxonomyAndLakeshoresRulesPoolAndConflict() throws Exception {
		mvc.perform(get("/admin/program/scales").with(as("admin@lakeshore.demo")))
			.andExpect(content().string(allOf(containsString("RADPEER 2016"), containsString("2b"))));
		mvc.perform(get("/admin/program/taxonomy").with(as("admin@lakeshore.demo")))
			.andExpect(content().string(allOf(containsString("Satisfaction of search"), containsString("Perceptual"))));
		mvc.perform(get("/admin/program/taxonomy").param("lang", "fr").with(as("admin@lakeshore.demo")))
			.andExpect(content().string(containsString("Satisfaction de la recherche")));
		mvc.perform(get("/admin/program/rules").with(as("lead@lakeshore.demo")))
			.andExpect(content().string(allOf(containsString("Random 5% of CT and MR"), containsString("First 50 exams"))));
		mvc.perform(get("/admin/program/pools").with(as("lead@lakeshore.demo")))
			.andExpect(content().string(containsString("Body and neuro reviewers")));
		mvc.perform(get("/admin/program/conflicts").with(as("lead@lakeshore.demo")))
			.andExpect(content().string(containsString("Practice partners")));
		mvc.perform(get("/admin/program/fields").with(as("lead@lakeshore.demo")))
			.andExpect(content().string(containsString("teaching-value")));
	}

	@Test
	void aCategoryIsAddedRenamedAndRetiredWithItsReasonAndEachChangeIsAudited() throws Exception {
		String code = "cat-" + UUID.randomUUID().toString().substring(0, 8);
		mvc.perform(post("/admin/program/taxonomy").with(as("lead@lakeshore.demo")).with(csrf()).param("code", code)
			.param("labelEn", "Wrong side").param("labelFr", "Mauvais côté").param("group", "OTHER"))
			.andExpect(redirectedUrl("/admin/program/taxonomy"));
		UUID id = program.of(lakeshore()).categories().stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow().id();
		mvc.perform(post("/admin/program/taxonomy/{id}", id).with(as("lead@lakeshore.demo")).with(csrf()).param("code", code)
			.param("labelEn", "Laterality").param("labelFr", "Latéralité").param("group", "INTERPRETIVE"))
			.andExpect(redirectedUrl("/admin/program/taxonomy"));
		mvc.perform(post("/admin/program/taxonomy/{id}/retire", id).with(as("lead@lakeshore.demo")).with(csrf())
			.param("reason", "Merged into interpretive")).andExpect(redirectedUrl("/admin/program/taxonomy"));
		assertThat(program.of(lakeshore()).categories()).noneMatch(c -> c.id().equals(id));
		assertThat(administration.settings(lakeshore()).categories()).anySatisfy(c -> {
			assertThat(c.id()).isEqualTo(id);
			assertThat(c.labelEn()).isEqualTo("Laterality");
			assertThat(c.active()).isFalse();
		});
		assertThat(jdbc.sql("select action from audit_entry where target_id = ? order by id").param(id.toString()).query(String.class).list())
			.containsExactly("organization.program.category.added", "organization.program.category.updated",
					"organization.program.category.retired");
	}

	@Test
	void aScaleIsAddedWithItsLevelsFromTheForm() throws Exception {
		String code = "LP-" + UUID.randomUUID().toString().substring(0, 6);
		mvc.perform(post("/admin/program/scales").with(as("admin@lakeshore.demo")).with(csrf()).param("code", code)
			.param("nameEn", "Learning scale " + code).param("nameFr", "Échelle " + code)
			.param("levels[0].code", "OK").param("levels[0].labelEn", "Agree").param("levels[0].labelFr", "D’accord")
			.param("levels[0].concur", "true")
			.param("levels[1].code", "LO").param("levels[1].labelEn", "Learning opportunity").param("levels[1].labelFr", "Occasion")
			.param("levels[1].adjudication", "true").param("levels[1].significant", "true")
			.param("levels[2].code", "").param("levels[2].labelEn", "").param("levels[2].labelFr", ""))
			.andExpect(redirectedUrl("/admin/program/scales"));
		assertThat(program.of(lakeshore()).scales()).anySatisfy(scale -> {
			assertThat(scale.code()).isEqualTo(code);
			assertThat(scale.levels()).hasSize(2);
			assertThat(scale.routesToAdjudication("LO")).isTrue();
			assertThat(scale.routesToAdjudication("OK")).isFalse();
		});
	}

	@Test
	void aRuleWithAnImpossibleRateIsShownAgainWithTheErrorNextToTheField() throws Exception {
		mvc.perform(post("/admin/program/rules").with(as("lead@lakeshore.demo")).with(csrf()).param("name", "Too much")
			.param("mode", "RATE").param("ratePercent", "150").param("active", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("aria-invalid=\"true\""), containsString("ratePercent-error"),
					containsString("150"))));
	}

	@Test
	void aViewerAddressWithAnUnknownPlaceholderIsRefused() throws Exception {
		mvc.perform(post("/admin/program/targets").with(as("admin@lakeshore.demo")).with(csrf()).param("activeScale", "RADPEER-2016")
			.param("turnaroundDays", "14").param("reminderDays", "7")
			.param("viewerUrlTemplate", "https://pacs.example/viewer?mrn={patientId}"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("viewerUrlTemplate-error")));
	}

	@Test
	void aPoolCannotTakeSomeoneFromAnotherOrganization() throws Exception {
		UUID northern = people.findByEmail("rad1@northern.demo").orElseThrow().id().value();
		mvc.perform(post("/admin/program/pools").with(as("admin@lakeshore.demo")).with(csrf()).param("name", "Poached")
			.param("memberIds", northern.toString())).andExpect(status().isOk())
			.andExpect(content().string(containsString("memberIds-error")));
		assertThat(program.of(lakeshore()).pools()).noneMatch(p -> p.name().equals("Poached"));
	}

	private OrganizationId lakeshore() {
		return organizations.findByName("Lakeshore Regional Health").orElseThrow().id();
	}

	private RequestPostProcessor as(String email) {
		return user(users.loadUserByUsername(email));
	}
}
