package org.peerlearning.identity.admin;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.peerlearning.ApplicationTest;
import org.peerlearning.identity.People;
import org.peerlearning.organization.OrganizationId;
import org.peerlearning.organization.Organizations;
import org.peerlearning.organization.Site;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An administrator of one organization reaches nothing of another, whatever id they put in a URL
 * or an API call; people without an administrator role reach no administration at all.
 */
@ApplicationTest
class AdministrationIsolationTests {

	static final String LAKESHORE_ADMIN = "admin@lakeshore.demo";

	static final String NORTHERN_ADMIN = "lead@northern.demo";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	Organizations organizations;

	@Autowired
	People people;

	@Test
	void aLakeshoreAdministratorGetsNotFoundForNorthernsSitePersonAndMembershipPages() throws Exception {
		assertPagesNotFound(as(LAKESHORE_ADMIN), site("Northern Imaging Group"), person("rad1@northern.demo"));
	}

	@Test
	void northernsAdministratorGetsNotFoundForLakeshoresSitePersonAndMembershipPages() throws Exception {
		assertPagesNotFound(as(NORTHERN_ADMIN), site("Lakeshore Regional Health"), person("rad1@lakeshore.demo"));
	}

	@Test
	void aLakeshoreAdministratorGetsNotFoundProblemsForNorthernsIdsThroughTheApi() throws Exception {
		assertApiNotFound(as(LAKESHORE_ADMIN), site("Northern Imaging Group"), person("rad1@northern.demo"));
	}

	@Test
	void northernsAdministratorGetsNotFoundProblemsForLakeshoresIdsThroughTheApi() throws Exception {
		assertApiNotFound(as(NORTHERN_ADMIN), site("Lakeshore Regional Health"), person("rad1@lakeshore.demo"));
	}

	@Test
	void nothingOfNorthernWasChangedByLakeshoresAttempts() throws Exception {
		UUID site = site("Northern Imaging Group");
		assertPagesNotFound(as(LAKESHORE_ADMIN), site, person("rad2@northern.demo"));
		assertApiNotFound(as(LAKESHORE_ADMIN), site, person("rad2@northern.demo"));
		OrganizationId northern = organizations.findByName("Northern Imaging Group").orElseThrow().id();
		assertThat(organizations.sites(northern)).anySatisfy(s -> {
			assertThat(s.id().value()).isEqualTo(site);
			assertThat(s.name()).isEqualTo("Northern Imaging Sudbury");
			assertThat(s.active()).isTrue();
		});
		assertThat(people.members(northern)).anyMatch(m -> m.person().email().equals("rad2@northern.demo"));
	}

	@Test
	void listsShowOnlyTheCurrentOrganization() throws Exception {
		mvc.perform(get("/admin/sites").with(as(LAKESHORE_ADMIN)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Lakeshore General")))
			.andExpect(content().string(not(containsString("Northern Imaging Sudbury"))));
		mvc.perform(get("/admin/people").with(as(LAKESHORE_ADMIN)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("rad1@lakeshore.demo")))
			.andExpect(content().string(not(containsString("@northern.demo"))));
		mvc.perform(get("/api/v1/sites").with(as(NORTHERN_ADMIN)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Northern Imaging Sudbury")))
			.andExpect(content().string(not(containsString("Lakeshore General"))));
		mvc.perform(get("/api/v1/people").with(as(NORTHERN_ADMIN)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("rad1@northern.demo")))
			.andExpect(content().string(not(containsString("rad1@lakeshore.demo"))));
	}

	@Test
	void aRadiologistReadingForBothOrganizationsIsVisibleToEachAdministrator() throws Exception {
		UUID shared = person("rad6@lakeshore.demo");
		mvc.perform(get("/admin/people/{id}", shared).with(as(LAKESHORE_ADMIN))).andExpect(status().isOk());
		mvc.perform(get("/api/v1/people/{id}", shared).with(as(NORTHERN_ADMIN)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("\"otherOrganizations\":1")));
	}

	@Test
	void aRadiologistIsRefusedEveryAdministrationPageAndCall() throws Exception {
		RequestPostProcessor radiologist = as("rad1@lakeshore.demo");
		for (String page : new String[] { "/admin", "/admin/sites", "/admin/sites/new", "/admin/people", "/admin/people/new",
				"/admin/settings", "/admin/organizations", "/api/v1/sites", "/api/v1/people", "/api/v1/settings" }) {
			mvc.perform(get(page).with(radiologist)).andExpect(status().isForbidden());
		}
		mvc.perform(post("/admin/sites").with(radiologist).with(csrf()).param("name", "Radiologist site " + UUID.randomUUID()))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/sites").with(radiologist)
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"Radiologist site\"}")).andExpect(status().isForbidden());
	}

	@Test
	void anOrganizationAdministratorIsRefusedThePlatformAdministrationOfOrganizations() throws Exception {
		mvc.perform(get("/admin/organizations").with(as(LAKESHORE_ADMIN))).andExpect(status().isForbidden());
		mvc.perform(post("/admin/organizations").with(as(LAKESHORE_ADMIN)).with(csrf()).param("name", "Rogue").param("kind", "HOSPITAL"))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/organizations").with(as(LAKESHORE_ADMIN)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Lakeshore Regional Health")))
			.andExpect(content().string(not(containsString("Northern Imaging Group"))));
	}

	private void assertPagesNotFound(RequestPostProcessor admin, UUID otherSite, UUID otherPerson) throws Exception {
		mvc.perform(get("/admin/sites/{id}", otherSite).with(admin).accept(MediaType.TEXT_HTML))
			.andExpect(status().isNotFound())
			.andExpect(content().string(not(containsString("Lakeshore General"))))
			.andExpect(content().string(not(containsString("Northern Imaging Sudbury"))));
		mvc.perform(post("/admin/sites/{id}", otherSite).with(admin).with(csrf()).param("name", "Taken over").param("code", "X"))
			.andExpect(status().isNotFound());
		mvc.perform(post("/admin/sites/{id}/retire", otherSite).with(admin).with(csrf()).param("reason", "Not mine"))
			.andExpect(status().isNotFound());
		mvc.perform(get("/admin/people/{id}", otherPerson).with(admin).accept(MediaType.TEXT_HTML)).andExpect(status().isNotFound());
		mvc.perform(post("/admin/people/{id}", otherPerson).with(admin)
			.with(csrf())
			.param("email", "taken.over@example.org")
			.param("givenName", "Taken")
			.param("familyName", "Over")
			.param("language", "en")
			.param("roles", "ORGANIZATION_ADMIN")).andExpect(status().isNotFound());
		mvc.perform(post("/admin/people/{id}/retire", otherPerson).with(admin).with(csrf()).param("reason", "Not mine"))
			.andExpect(status().isNotFound());
		mvc.perform(post("/admin/people/{id}/unlock", otherPerson).with(admin).with(csrf())).andExpect(status().isNotFound());
		mvc.perform(post("/admin/people/{id}/password", otherPerson).with(admin).with(csrf())).andExpect(status().isNotFound());
	}

	private void assertApiNotFound(RequestPostProcessor admin, UUID otherSite, UUID otherPerson) throws Exception {
		mvc.perform(get("/api/v1/sites/{id}", otherSite).with(admin))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(put("/api/v1/sites/{id}", otherSite).with(admin).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"Taken over\"}")).andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/sites/{id}/retire", otherSite).with(admin).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\":\"Not mine\"}")).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/people/{id}", otherPerson).with(admin))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(put("/api/v1/people/{id}/roles", otherPerson).with(admin).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"roles\":[\"ORGANIZATION_ADMIN\"]}")).andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/people/{id}/membership/retire", otherPerson).with(admin)
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\":\"Not mine\"}")).andExpect(status().isNotFound());
	}

	private RequestPostProcessor as(String email) {
		return user(users.loadUserByUsername(email));
	}

	private UUID site(String organization) {
		OrganizationId id = organizations.findByName(organization).orElseThrow().id();
		return organizations.sites(id).stream().filter(Site::active).findFirst().orElseThrow().id().value();
	}

	private UUID person(String email) {
		return people.findByEmail(email).orElseThrow().id().value();
	}
}
