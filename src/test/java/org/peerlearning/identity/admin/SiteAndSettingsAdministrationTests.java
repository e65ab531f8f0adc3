package org.peerlearning.identity.admin;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerlearning.ApplicationTest;
import org.peerlearning.identity.People;
import org.peerlearning.organization.OrganizationAdministration;
import org.peerlearning.organization.OrganizationAdministration.SiteEntry;
import org.peerlearning.organization.ProgramSettingsUpdated;
import org.peerlearning.organization.SiteCreated;
import org.peerlearning.organization.SiteRetired;
import org.peerlearning.organization.SiteUpdated;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ApplicationTest
@RecordApplicationEvents
class SiteAndSettingsAdministrationTests {

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

	AdminFixtures fixture;

	RequestPostProcessor admin;

	@BeforeEach
	void freshOrganization() {
		fixture = AdminFixtures.create(organizations, people);
		admin = fixture.signIn(users);
	}

	@Test
	void anAdministratorAddsRenamesAndRetiresASiteGivingAReason() throws Exception {
		String name = AdminFixtures.unique("East Campus");
		mvc.perform(post("/admin/sites").with(admin).with(csrf()).param("name", name).param("code", "EC"))
			.andExpect(redirectedUrl("/admin/sites"))
			.andExpect(flash().attribute("flash", "org.admin.site.created"));
		SiteEntry site = organizations.sites(fixture.organization())
			.stream()
			.filter(s -> s.name().equals(name))
			.findFirst()
			.orElseThrow();
		assertThat(site.code()).isEqualTo("EC");

		mvc.perform(post("/admin/sites/{id}", site.id().value()).with(admin).with(csrf()).param("name", name + " Wing").param("code", "EC"))
			.andExpect(redirectedUrl("/admin/sites"));
		mvc.perform(post("/admin/sites/{id}/retire", site.id().value()).with(admin).with(csrf()).param("reason", "  "))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("aria-describedby=\"reason-hint reason-error\"")));
		mvc.perform(post("/admin/sites/{id}/retire", site.id().value()).with(admin).with(csrf()).param("reason", "Closed for good"))
			.andExpect(redirectedUrl("/admin/sites"));

		SiteEntry retired = organizations.site(fixture.organization(), site.id()).orElseThrow();
		assertThat(retired.name()).isEqualTo(name + " Wing");
		assertThat(retired.active()).isFalse();
		assertThat(retired.retiredReason()).isEqualTo("Closed for good");
		assertThat(jdbc.sql("select retired_by from site where id = ?").param(site.id().value()).query(UUID.class).single())
			.isEqualTo(fixture.admin().value());
		assertThat(events.stream(SiteCreated.class)).anyMatch(e -> e.targetId().equals(site.id().toString()));
		assertThat(events.stream(SiteUpdated.class)).anyMatch(e -> e.details().containsKey("changed.name"));
		assertThat(events.stream(SiteRetired.class))
			.anyMatch(e -> e.actorId().equals(fixture.admin().value()) && e.details().get("reason").equals("Closed for good")
					&& e.organizationId().equals(fixture.organization().value()) && e.action().equals("organization.site.retired"));
		mvc.perform(get("/admin/sites").with(admin)).andExpect(content().string(containsString("Closed for good")));
	}

	@Test
	void aSiteNameAlreadyUsedInTheOrganizationIsAFieldErrorThatKeepsWhatWasTyped() throws Exception {
		String name = AdminFixtures.unique("North Clinic");
		organizations.createSite(fixture.organization(), name, null, null);
		mvc.perform(post("/admin/sites").with(admin).with(csrf()).param("name", name.toUpperCase()).param("code", "NC-2"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("already has a site with this name"),
					containsString("aria-invalid=\"true\""), containsString("value=\"" + name.toUpperCase() + "\""),
					containsString("value=\"NC-2\""))));
	}

	@Test
	void aBlankSiteNameAndAnOddCodeAreShownNextToTheirFields() throws Exception {
		mvc.perform(post("/admin/sites").with(admin).with(csrf()).param("name", "").param("code", "no spaces!"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"name-error\""), containsString("id=\"code-error\""),
					containsString("Use letters, digits, - and _ only."))));
	}

	@Test
	void anAdministratorSetsTheMonthlySubmissionTarget() throws Exception {
		mvc.perform(get("/admin/settings").with(admin)).andExpect(status().isOk()).andExpect(content().string(containsString("value=\"1\"")));
		mvc.perform(post("/admin/settings").with(admin).with(csrf()).param("submissionTargetPerMonth", "4"))
			.andExpect(redirectedUrl("/admin/settings"))
			.andExpect(flash().attribute("flash", "org.admin.settings.updated"));
		assertThat(organizations.settings(fixture.organization()).submissionTargetPerMonth()).isEqualTo(4);
		assertThat(events.stream(ProgramSettingsUpdated.class))
			.anyMatch(e -> e.details().get("submissionTargetPerMonth").equals("1 -> 4")
					&& e.action().equals("organization.settings.updated"));
	}

	@Test
	void aSubmissionTargetOutsideZeroToAHundredIsRefusedAndKept() throws Exception {
		for (String typed : new String[] { "101", "-1", "abc", "" }) {
			mvc.perform(post("/admin/settings").with(admin).with(csrf()).param("submissionTargetPerMonth", typed))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("id=\"submissionTargetPerMonth-error\""),
						containsString("value=\"" + typed + "\""), containsString("aria-invalid=\"true\""))));
		}
		assertThat(organizations.settings(fixture.organization()).submissionTargetPerMonth()).isEqualTo(1);
	}

	@Test
	void theOverviewShowsSitesMembersAndSettingsOfTheCurrentOrganization() throws Exception {
		String site = AdminFixtures.unique("Overview Site");
		organizations.createSite(fixture.organization(), site, null, null);
		mvc.perform(get("/admin").with(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(site), containsString(fixture.adminEmail()),
					containsString("1 per radiologist per month"))));
	}
}
