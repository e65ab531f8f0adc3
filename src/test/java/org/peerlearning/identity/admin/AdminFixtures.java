package org.peerlearning.identity.admin;

import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.peerlearning.identity.People;
import org.peerlearning.identity.People.NewPerson;
import org.peerlearning.identity.PersonId;
import org.peerlearning.identity.Role;
import org.peerlearning.organization.OrganizationAdministration;
import org.peerlearning.organization.OrganizationId;
import org.peerlearning.organization.OrganizationKind;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * A fresh organization with its own administrator, so that tests which change settings, sites or
 * members never touch the demo organizations other tests rely on.
 */
record AdminFixtures(OrganizationId organization, String adminEmail, PersonId admin) {

	static AdminFixtures create(OrganizationAdministration organizations, People people) {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		OrganizationId organization = organizations.createOrganization("Test Hospital " + suffix, OrganizationKind.HOSPITAL, null);
		String email = "admin." + suffix + "@test.example";
		PersonId admin = people.create(new NewPerson(email, "Test", "Admin " + suffix, null, List.of(), "en", false),
				"Test-Password-" + suffix, false, null);
		people.grant(organization, admin, EnumSet.of(Role.ORGANIZATION_ADMIN), null);
		return new AdminFixtures(organization, email, admin);
	}

	RequestPostProcessor signIn(UserDetailsService users) {
		return user(users.loadUserByUsername(adminEmail));
	}

	static String unique(String prefix) {
		return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
	}
}
