package org.peerlearning.identity.demo;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.peerlearning.identity.People;
import org.peerlearning.identity.People.NewPerson;
import org.peerlearning.identity.PersonId;
import org.peerlearning.identity.Role;
import org.peerlearning.organization.OrganizationId;
import org.peerlearning.organization.OrganizationKind;
import org.peerlearning.organization.Organizations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import static org.peerlearning.identity.Role.ORGANIZATION_ADMIN;
import static org.peerlearning.identity.Role.PROGRAM_LEAD;
import static org.peerlearning.identity.Role.QUALITY_COMMITTEE;
import static org.peerlearning.identity.Role.RADIOLOGIST;
import static org.peerlearning.identity.Role.TECHNOLOGIST;

/**
 * Demo mode: on an empty database, two organizations and the accounts listed in the README, all
 * with the password {@value #PASSWORD}. Runs first among the demo seeders ({@code @Order(0)}).
 */
@Component
@Order(0)
@ConditionalOnBooleanProperty("peerlearning.demo.enabled")
class DemoAccounts implements ApplicationRunner {

	static final String PASSWORD = "Demo-Password-1";

	static final String LAKESHORE = "Lakeshore Regional Health";

	static final String NORTHERN = "Northern Imaging Group";

	private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

	private final Organizations organizations;

	private final People people;

	private final TransactionTemplate transaction;

	DemoAccounts(Organizations organizations, People people, TransactionTemplate transaction) {
		this.organizations = organizations;
		this.people = people;
		this.transaction = transaction;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (people.count() > 0) {
			return;
		}
		transaction.executeWithoutResult(status -> seed());
		log.info("Demo mode: seeded {} and {} with demo accounts (password {})", LAKESHORE, NORTHERN, PASSWORD);
	}

	private void seed() {
		OrganizationId lakeshore = organizations.create(LAKESHORE, OrganizationKind.HOSPITAL, null);
		organizations.createSite(lakeshore, "Lakeshore General", "LGH", null);
		organizations.createSite(lakeshore, "Lakeshore West", "LWH", null);
		OrganizationId northern = organizations.create(NORTHERN, OrganizationKind.IMAGING_GROUP, null);
		organizations.createSite(northern, "Northern Imaging Sudbury", "NIS", null);

		person("admin@lakeshore.demo", "Alex", "Morgan", null, List.of(), "en", Map.of(lakeshore, EnumSet.of(ORGANIZATION_ADMIN)));
		person("lead@lakeshore.demo", "Priya", "Raman", "80101", List.of("Body", "Emergency"), "en",
				Map.of(lakeshore, EnumSet.of(PROGRAM_LEAD, RADIOLOGIST)));
		String[][] radiologists = { { "Daniel", "Okafor", "Neuroradiology" }, { "Émilie", "Gagnon", "Musculoskeletal" },
				{ "Samuel", "Chen", "Chest" }, { "Hannah", "Kowalski", "Breast" }, { "Marc", "Tremblay", "Body" },
				{ "Aisha", "Siddiqui", "Emergency" } };
		for (int i = 0; i < radiologists.length; i++) {
			String[] r = radiologists[i];
			Map<OrganizationId, Set<Role>> memberships = i == 5
					? Map.of(lakeshore, EnumSet.of(RADIOLOGIST), northern, EnumSet.of(RADIOLOGIST))
					: Map.of(lakeshore, EnumSet.of(RADIOLOGIST));
			person("rad" + (i + 1) + "@lakeshore.demo", r[0], r[1], String.valueOf(80111 + i), List.of(r[2]),
					i == 1 || i == 4 ? "fr" : "en", memberships);
		}
		person("tech1@lakeshore.demo", "Jordan", "Bell", null, List.of("CT", "MRI"), "en", Map.of(lakeshore, EnumSet.of(TECHNOLOGIST)));
		person("quality@lakeshore.demo", "Grace", "Lindqvist", null, List.of(), "en", Map.of(lakeshore, EnumSet.of(QUALITY_COMMITTEE)));
		person("lead@northern.demo", "Louis", "Bélanger", "80201", List.of("Body"), "fr",
				Map.of(northern, EnumSet.of(PROGRAM_LEAD, RADIOLOGIST, ORGANIZATION_ADMIN)));
		String[][] northernRadiologists = { { "Nora", "Whitehorse", "Chest" }, { "Ravi", "Patel", "Musculoskeletal" },
				{ "Chloé", "Lefebvre", "Neuroradiology" } };
		for (int i = 0; i < northernRadiologists.length; i++) {
			String[] r = northernRadiologists[i];
			person("rad" + (i + 1) + "@northern.demo", r[0], r[1], String.valueOf(80211 + i), List.of(r[2]), i == 2 ? "fr" : "en",
					Map.of(northern, EnumSet.of(RADIOLOGIST)));
		}
		people.create(new NewPerson("platform@peerlearning.demo", "Morgan", "Fraser", null, List.of(), "en", true), PASSWORD,
				false, null);
	}

	private void person(String email, String given, String family, String cpso, List<String> subspecialties, String language,
			Map<OrganizationId, Set<Role>> memberships) {
		PersonId id = people.create(new NewPerson(email, given, family, cpso, subspecialties, language, false), PASSWORD, false,
				null);
		memberships.forEach((organization, roles) -> people.grant(organization, id, roles, null));
	}
}
