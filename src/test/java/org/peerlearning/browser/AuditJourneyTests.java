package org.peerlearning.browser;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.peerlearning.organization.Organizations;
import org.peerlearning.platform.AuditableEvent;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;

import static org.assertj.core.api.Assertions.assertThat;

@BrowserTest
class AuditJourneyTests {

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	Organizations organizations;

	@Test
	void anAdministratorReadsTheAuditTrailOpensAnEntryAndVerifiesTheChain(Browser browser) {
		UUID lakeshore = organizations.findByName("Lakeshore Regional Health").orElseThrow().id().value();
		events.publishEvent(new SignInRecorded("identity.signed-in", lakeshore, null, "person", UUID.randomUUID().toString(),
				Map.of()));

		browser.signIn("admin@lakeshore.demo").visit("/audit");
		assertThat(browser.path()).startsWith("/audit");

		browser.follow("main table a[href*='/audit/']");
		assertThat(browser.path()).matches("/audit/\\d+");

		browser.visit("/audit/verification");
		browser.switchLanguage("fr").visit("/audit");
		assertThat(browser.language()).isEqualTo("fr");
	}

	@Test
	void aRadiologistHasNoWayToTheAuditTrail(Browser browser) {
		browser.signIn("rad4@lakeshore.demo");

		assertThat(browser.shows("header a[href$='/audit']")).isFalse();
	}

	/** What the identity module publishes when someone signs in. */
	record SignInRecorded(String action, UUID organizationId, UUID actorId, String targetType, String targetId,
			Map<String, String> details) implements AuditableEvent {
	}
}
