package org.peerlearning.identity.admin.program;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.peerlearning.ApplicationTest;
import org.peerlearning.organization.OrganizationId;
import org.peerlearning.organization.Organizations;
import org.peerlearning.organization.ReviewProgram;
import org.peerlearning.organization.ReviewProgramAdministration;
import org.peerlearning.organization.SamplingRule;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The program over the API: the whole settings read and written back, refusals as problem
 * details naming the field, and nothing of one organization reachable from another.
 */
@ApplicationTest
class ProgramApiTests {

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

	@Test
	void theWholeProgramReadsWithRadpeerTheDemoRulesAndTheTaxonomy() throws Exception {
		mvc.perform(get("/api/v1/program").with(as("lead@lakeshore.demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.activeScale").value("RADPEER-2016"))
			.andExpect(jsonPath("$.scales[0].levels[2].code").value("2b"))
			.andExpect(jsonPath("$.scales[0].levels[2].adjudication").value(true))
			.andExpect(jsonPath("$.samplingRules[?(@.name == 'Random 5%% of CT and MR')].ratePercent").value(5))
			.andExpect(jsonPath("$.categories[?(@.code == 'perceptual')].group").value("PERCEPTUAL"));
	}

	@Test
	void whatIsReadCanBeWrittenBackChangedAndANewRuleAddedInOneCall() throws Exception {
		String body = mvc.perform(get("/api/v1/program").with(as("lead@northern.demo"))).andReturn().getResponse().getContentAsString();
		String name = "Every 30th CT " + UUID.randomUUID();
		String changed = body.replaceFirst("\"turnaroundDays\":\\d+", "\"turnaroundDays\":21")
			.replaceFirst("\"samplingRules\":\\[", "\"samplingRules\":[{\"name\":\"" + name
					+ "\",\"modalities\":[\"CT\"],\"mode\":\"EVERY_NTH\",\"everyNth\":30,\"active\":true}"
					+ (body.contains("\"samplingRules\":[]") ? "" : ","));
		mvc.perform(put("/api/v1/program").with(as("lead@northern.demo")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content(changed)).andExpect(status().isOk()).andExpect(jsonPath("$.turnaroundDays").value(21));
		assertThat(program.of(northern()).samplingRules()).anySatisfy(rule -> {
			assertThat(rule.name()).isEqualTo(name);
			assertThat(rule.everyNth()).isEqualTo(30);
		});
	}

	@Test
	void anInvalidProgramIsRefusedWithAProblemNamingTheFieldAndNothingChanges() throws Exception {
		int before = program.of(northern()).turnaroundDays();
		mvc.perform(put("/api/v1/program").with(as("lead@northern.demo")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"activeScale\":\"RADPEER-2016\",\"turnaroundDays\":" + (before == 30 ? 31 : 30)
					+ ",\"reminderDays\":7,\"viewerUrlTemplate\":\"https://pacs.example/v?mrn={patientId}\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("viewerUrlTemplate"));
		mvc.perform(put("/api/v1/program").with(as("lead@northern.demo")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"activeScale\":\"RADPEER-2016\",\"turnaroundDays\":0,\"reminderDays\":7}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("turnaroundDays"));
		assertThat(program.of(northern()).turnaroundDays()).isEqualTo(before);
	}

	@Test
	void northernsAdministratorGetsNotFoundForLakeshoresProgramItemsWhateverTheWay() throws Exception {
		SamplingRule rule = program.of(lakeshore()).samplingRules().get(0);
		UUID pool = program.of(lakeshore()).pools().get(0).id();
		RequestPostProcessor northern = as("lead@northern.demo");
		mvc.perform(get("/api/v1/program/rules/{id}", rule.id()).with(northern))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(post("/api/v1/program/rules/{id}/retire", rule.id()).with(northern).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"Not mine\"}")).andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/program/pools/{id}/retire", pool).with(northern).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"Not mine\"}")).andExpect(status().isNotFound());
		mvc.perform(put("/api/v1/program").with(northern).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"activeScale\":\"RADPEER-2016\",\"turnaroundDays\":14,\"reminderDays\":7,\"samplingRules\":[{\"id\":\""
					+ rule.id() + "\",\"name\":\"Taken over\",\"mode\":\"RATE\",\"ratePercent\":100,\"active\":true}]}"))
			.andExpect(status().isNotFound());
		mvc.perform(get("/admin/program/rules/{id}", rule.id()).with(northern).accept(MediaType.TEXT_HTML))
			.andExpect(status().isNotFound())
			.andExpect(content().string(not(containsString(rule.name()))));
		mvc.perform(post("/admin/program/rules/{id}", rule.id()).with(northern).with(csrf()).param("name", "Taken over")
			.param("mode", "RATE").param("ratePercent", "100")).andExpect(status().isNotFound());
		mvc.perform(post("/admin/program/rules/{id}/retire", rule.id()).with(northern).with(csrf()).param("reason", "Not mine"))
			.andExpect(status().isNotFound());
		mvc.perform(get("/admin/program/pools/{id}", pool).with(northern).accept(MediaType.TEXT_HTML)).andExpect(status().isNotFound());
		mvc.perform(get("/admin/program/rules").with(northern))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(rule.name()))));
		assertThat(program.of(lakeshore()).samplingRules()).anySatisfy(r -> {
			assertThat(r.id()).isEqualTo(rule.id());
			assertThat(r.name()).isEqualTo(rule.name());
			assertThat(r.retiredAt()).isNull();
		});
	}

	@Test
	void aRadiologistIsRefusedTheProgramApi() throws Exception {
		mvc.perform(get("/api/v1/program").with(as("rad1@lakeshore.demo"))).andExpect(status().isForbidden());
		mvc.perform(put("/api/v1/program").with(as("rad1@lakeshore.demo")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"activeScale\":\"RADPEER-2016\",\"turnaroundDays\":14,\"reminderDays\":7}")).andExpect(status().isForbidden());
	}

	private OrganizationId lakeshore() {
		return organizations.findByName("Lakeshore Regional Health").orElseThrow().id();
	}

	private OrganizationId northern() {
		return organizations.findByName("Northern Imaging Group").orElseThrow().id();
	}

	private RequestPostProcessor as(String email) {
		return user(users.loadUserByUsername(email));
	}
}
