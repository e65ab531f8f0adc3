package org.peerlearning.audit;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.peerlearning.ApplicationTest;
import org.peerlearning.organization.Organizations;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ApplicationTest
class AuditPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	Organizations organizations;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anOrganizationAdminSeesOnlyTheirOrganizationsEntries() throws Exception {
		UUID lakeshore = organization("Lakeshore Regional Health");
		UUID northern = organization("Northern Imaging Group");
		String lakeTarget = "lake-" + UUID.randomUUID();
		String northTarget = "north-" + UUID.randomUUID();
		events.publishEvent(SomethingHappened.in(lakeshore, null, lakeTarget));
		events.publishEvent(SomethingHappened.in(northern, null, northTarget));
		long northId = idOf(northTarget);

		mvc.perform(get("/audit").with(as("admin@lakeshore.demo")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(lakeTarget)))
			.andExpect(content().string(not(containsString(northTarget))));
		// Naming another organization changes nothing for an organization administrator.
		mvc.perform(get("/audit").param("organization", northern.toString()).with(as("admin@lakeshore.demo")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(northTarget))));
		mvc.perform(get("/audit/{id}", northId).with(as("admin@lakeshore.demo"))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/audit").param("target", northTarget).with(as("admin@lakeshore.demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.entries").isEmpty());
		mvc.perform(get("/api/v1/audit").param("target", lakeTarget).with(as("admin@lakeshore.demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.entries[0].targetId").value(lakeTarget))
			.andExpect(jsonPath("$.entries[0].organizationId").value(lakeshore.toString()))
			.andExpect(jsonPath("$.entries[0].details.reason").value("testing"));

		mvc.perform(get("/audit/{id}", northId).with(as("lead@northern.demo")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(northTarget)));
		mvc.perform(get("/audit").with(as("platform@peerlearning.demo")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(lakeTarget)))
			.andExpect(content().string(containsString(northTarget)));
		mvc.perform(get("/api/v1/audit").param("organization", northern.toString()).with(as("platform@peerlearning.demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.entries[*].organizationId", everyItem(org.hamcrest.Matchers.is(northern.toString()))));
	}

	@Test
	void aRadiologistCannotOpenTheAuditTrail() throws Exception {
		String target = "rad-" + UUID.randomUUID();
		events.publishEvent(SomethingHappened.in(organization("Lakeshore Regional Health"), null, target));
		for (String path : new String[] { "/audit", "/audit/" + idOf(target), "/audit/verification", "/api/v1/audit",
				"/api/v1/audit/verification" }) {
			mvc.perform(get(path).with(as("rad1@lakeshore.demo"))).andExpect(status().isForbidden());
		}
	}

	@Test
	void theChainVerificationIsOfferedAsJsonAndAsAPartOfThePage() throws Exception {
		mvc.perform(get("/api/v1/audit/verification").with(as("platform@peerlearning.demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.intact").value(true))
			.andExpect(jsonPath("$.entriesChecked").isNumber())
			.andExpect(jsonPath("$.firstBrokenEntryId").value(nullValue()))
			.andExpect(jsonPath("$.reason").value(nullValue()));
		mvc.perform(get("/audit/verification").header("HX-Request", "true").with(as("admin@lakeshore.demo")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("<html"))))
			.andExpect(content().string(containsString("notice-success")));
		mvc.perform(get("/audit/verification").with(as("admin@lakeshore.demo")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<html")));
	}

	@Test
	void filtersNarrowTheEntriesAndHtmxGetsOnlyTheTable() throws Exception {
		UUID lakeshore = organization("Lakeshore Regional Health");
		String target = "filter-" + UUID.randomUUID();
		events.publishEvent(new SomethingHappened("identity.signed-in", lakeshore, null, "person", target, Map.of()));

		mvc.perform(get("/api/v1/audit").param("action", "identity.").with(as("admin@lakeshore.demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.size").value(50))
			.andExpect(jsonPath("$.entries[*].action", everyItem(startsWith("identity."))));
		mvc.perform(get("/audit").param("action", "identity.signed").param("target", target).param("lang", "fr")
				.header("HX-Request", "true")
				.with(as("admin@lakeshore.demo")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("<html"))))
			.andExpect(content().string(containsString("id=\"audit-results\"")))
			.andExpect(content().string(containsString("Connexion")));
	}

	@Test
	void aMistypedDateIsMarkedOnThePageAndRefusedByTheApi() throws Exception {
		mvc.perform(get("/audit").param("from", "28/11/2026").with(as("admin@lakeshore.demo")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("aria-invalid=\"true\"")))
			.andExpect(content().string(containsString("value=\"28/11/2026\"")))
			.andExpect(content().string(containsString("Some filters could not be understood: From.")));
		mvc.perform(get("/api/v1/audit").param("from", "2026-11-28").param("to", "2026-11-01").with(as("admin@lakeshore.demo")))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	private RequestPostProcessor as(String email) {
		return user(users.loadUserByUsername(email));
	}

	private UUID organization(String name) {
		return organizations.findByName(name).orElseThrow().id().value();
	}

	private long idOf(String target) {
		return jdbc.sql("select id from audit_entry where target_id = ?").param(target).query(Long.class).single();
	}
}
