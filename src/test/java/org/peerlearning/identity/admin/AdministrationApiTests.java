package org.peerlearning.identity.admin;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerlearning.ApplicationTest;
import org.peerlearning.identity.People;
import org.peerlearning.organization.OrganizationAdministration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ApplicationTest
class AdministrationApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	OrganizationAdministration organizations;

	@Autowired
	People people;

	RequestPostProcessor admin;

	@BeforeEach
	void freshOrganization() {
		admin = AdminFixtures.create(organizations, people).signIn(users);
	}

	@Test
	void sitesAreCreatedReadRenamedAndRetiredThroughTheApi() throws Exception {
		String created = mvc.perform(json(post("/api/v1/sites"), "{\"name\":\"Main Campus\",\"code\":\"MC\"}"))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/v1/sites/")))
			.andExpect(jsonPath("$.active").value(true))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String id = JsonPath.read(created, "$.id");
		mvc.perform(get("/api/v1/sites/{id}", id).with(admin)).andExpect(jsonPath("$.code").value("MC"));
		mvc.perform(json(put("/api/v1/sites/{id}", id), "{\"name\":\"Main Campus North\",\"code\":\"MCN\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("Main Campus North"));
		mvc.perform(json(post("/api/v1/sites"), "{\"name\":\"main campus north\"}"))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("name"));
		mvc.perform(json(post("/api/v1/sites"), "{\"name\":\"\",\"code\":\"bad code\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].field", hasItem("name")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("code")));
		mvc.perform(json(post("/api/v1/sites/{id}/retire", id), "{\"reason\":\" \"}")).andExpect(status().isBadRequest());
		mvc.perform(json(post("/api/v1/sites/{id}/retire", id), "{\"reason\":\"Sold\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.active").value(false))
			.andExpect(jsonPath("$.retiredReason").value("Sold"));
		mvc.perform(json(post("/api/v1/sites/{id}/retire", id), "{\"reason\":\"Again\"}")).andExpect(status().isConflict());
	}

	@Test
	void peopleAreAddedTheirRolesChangedAndTheirMembershipRetiredThroughTheApi() throws Exception {
		String email = "api.person." + java.util.UUID.randomUUID().toString().substring(0, 8) + "@test.example";
		String body = "{\"email\":\"" + email + "\",\"givenName\":\"Api\",\"familyName\":\"Person\",\"subspecialties\":[\"Chest\"],"
				+ "\"roles\":[\"RADIOLOGIST\"]}";
		String created = mvc.perform(json(post("/api/v1/people"), body))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.existingPerson").value(false))
			.andExpect(jsonPath("$.temporaryPassword", notNullValue()))
			.andExpect(jsonPath("$.person.mustChangePassword").value(true))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String id = JsonPath.read(created, "$.person.id");
		mvc.perform(json(post("/api/v1/people"), body))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.errors[0].field").value("email"));
		mvc.perform(json(put("/api/v1/people/{id}/roles", id), "{\"roles\":[]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("roles"));
		mvc.perform(json(put("/api/v1/people/{id}/roles", id), "{\"roles\":[\"PROGRAM_LEAD\",\"RADIOLOGIST\"]}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.roles", hasSize(2)));
		mvc.perform(get("/api/v1/people").param("role", "PROGRAM_LEAD").with(admin))
			.andExpect(jsonPath("$[*].email", hasItem(email)));
		mvc.perform(json(post("/api/v1/people/{id}/membership/retire", id), "{\"reason\":\"Retired from practice\"}"))
			.andExpect(status().isNoContent());
		mvc.perform(get("/api/v1/people/{id}", id).with(admin)).andExpect(status().isNotFound());
		assertThat(people.findByEmail(email)).isPresent();
	}

	@Test
	void programSettingsAreReadAndChangedThroughTheApiWithinZeroToAHundred() throws Exception {
		mvc.perform(get("/api/v1/settings").with(admin)).andExpect(jsonPath("$.submissionTargetPerMonth").value(1));
		mvc.perform(json(put("/api/v1/settings"), "{\"submissionTargetPerMonth\":7}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.submissionTargetPerMonth").value(7));
		mvc.perform(json(put("/api/v1/settings"), "{\"submissionTargetPerMonth\":500}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("submissionTargetPerMonth"));
		mvc.perform(get("/api/v1/settings").with(admin)).andExpect(jsonPath("$.submissionTargetPerMonth").value(7));
	}

	private MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
		return request.with(admin).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body);
	}
}
