package org.peerlearning.identity.admin;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.peerlearning.ApplicationTest;
import org.peerlearning.identity.People;
import org.peerlearning.organization.OrganizationAdministration;
import org.peerlearning.organization.OrganizationAdministration.OrganizationEntry;
import org.peerlearning.organization.OrganizationCreated;
import org.peerlearning.organization.OrganizationId;
import org.peerlearning.organization.OrganizationKind;
import org.peerlearning.organization.OrganizationReinstated;
import org.peerlearning.organization.OrganizationRetired;
import org.peerlearning.organization.OrganizationUpdated;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
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

@ApplicationTest
@RecordApplicationEvents
class OrganizationAdministrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	OrganizationAdministration organizations;

	@Autowired
	People people;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEvents events;

	@Test
	void aPlatformAdministratorCreatesRenamesRetiresAndReinstatesAnOrganization() throws Exception {
		RequestPostProcessor platform = platformAdmin();
		String name = AdminFixtures.unique("Georgian Bay Hospital");
		MvcResult created = mvc.perform(post("/admin/organizations").with(platform).with(csrf()).param("name", name).param("kind", "HOSPITAL"))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		OrganizationEntry organization = organizations.organizations()
			.stream()
			.filter(o -> o.name().equals(name))
			.findFirst()
			.orElseThrow();
		assertThat(created.getResponse().getRedirectedUrl()).isEqualTo("/admin/organizations/" + organization.id());
		assertThat(organizations.settings(organization.id()).submissionTargetPerMonth()).isEqualTo(1);

		mvc.perform(post("/admin/organizations/{id}", organization.id().value()).with(platform)
			.with(csrf())
			.param("name", name + " Group")
			.param("kind", "IMAGING_GROUP")).andExpect(redirectedUrl("/admin/organizations/" + organization.id()));
		mvc.perform(post("/admin/organizations/{id}/retire", organization.id().value()).with(platform).with(csrf()).param("reason", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"reason-error\"")));
		mvc.perform(post("/admin/organizations/{id}/retire", organization.id().value()).with(platform)
			.with(csrf())
			.param("reason", "Merged into a regional network")).andExpect(redirectedUrl("/admin/organizations"));

		OrganizationEntry retired = organizations.organization(organization.id()).orElseThrow();
		assertThat(retired.kind()).isEqualTo(OrganizationKind.IMAGING_GROUP);
		assertThat(retired.active()).isFalse();
		assertThat(retired.retiredReason()).isEqualTo("Merged into a regional network");
		assertThat(jdbc.sql("select retired_by from organization where id = ?").param(organization.id().value()).query(UUID.class).single())
			.isEqualTo(people.findByEmail("platform@peerlearning.demo").orElseThrow().id().value());
		mvc.perform(get("/admin/organizations").with(platform))
			.andExpect(content().string(allOf(containsString(name + " Group"), containsString("Merged into a regional network"))));

		mvc.perform(post("/admin/organizations/{id}/reinstate", organization.id().value()).with(platform).with(csrf()))
			.andExpect(redirectedUrl("/admin/organizations/" + organization.id()));
		assertThat(organizations.organization(organization.id()).orElseThrow().active()).isTrue();

		String id = organization.id().toString();
		assertThat(events.stream(OrganizationCreated.class)).anyMatch(e -> e.targetId().equals(id));
		assertThat(events.stream(OrganizationUpdated.class)).anyMatch(e -> e.targetId().equals(id) && e.details().containsKey("changed.kind"));
		assertThat(events.stream(OrganizationRetired.class)).anyMatch(e -> e.targetId().equals(id) && e.action().equals("organization.retired"));
		assertThat(events.stream(OrganizationReinstated.class)).anyMatch(e -> e.targetId().equals(id));
	}

	@Test
	void anOrganizationNameAlreadyInUseIsAFieldError() throws Exception {
		mvc.perform(post("/admin/organizations").with(platformAdmin()).with(csrf()).param("name", "lakeshore regional health").param("kind", "HOSPITAL"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Another organization already has this name."),
					containsString("value=\"lakeshore regional health\""), containsString("aria-invalid=\"true\""))));
	}

	@Test
	void anOrganizationOfNoKindIsRefused() throws Exception {
		mvc.perform(post("/admin/organizations").with(platformAdmin()).with(csrf()).param("name", AdminFixtures.unique("Kindless")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"kind-error\"")));
	}

	@Test
	void anUnknownOrganizationIsNotFound() throws Exception {
		mvc.perform(get("/admin/organizations/{id}", OrganizationId.random().value()).with(platformAdmin()))
			.andExpect(status().isNotFound());
	}

	@Test
	void thePlatformAdministratorListsEveryOrganizationThroughTheApi() throws Exception {
		mvc.perform(get("/api/v1/organizations").with(platformAdmin()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Lakeshore Regional Health"), containsString("Northern Imaging Group"))));
	}

	private RequestPostProcessor platformAdmin() {
		return user(users.loadUserByUsername("platform@peerlearning.demo"));
	}
}
