package org.peerlearning.identity.admin;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.peerlearning.ApplicationTest;
import org.peerlearning.identity.People;
import org.peerlearning.organization.OrganizationAdministration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Every administration page renders in English and in French with no message key missing. */
@ApplicationTest
class AdministrationPagesLanguageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	OrganizationAdministration organizations;

	@Autowired
	People people;

	@Test
	void everyAdministrationPageSpeaksEnglishAndFrenchWithoutMissingMessages() throws Exception {
		AdminFixtures fixture = AdminFixtures.create(organizations, people);
		String site = organizations.createSite(fixture.organization(), AdminFixtures.unique("Language Site"), "LS", null).toString();
		RequestPostProcessor admin = fixture.signIn(users);
		RequestPostProcessor platform = user(users.loadUserByUsername("platform@peerlearning.demo"));
		String[] pages = { "/admin", "/admin/sites", "/admin/sites/new", "/admin/sites/" + site, "/admin/settings",
				"/admin/people", "/admin/people/new", "/admin/people/" + fixture.admin() };
		String[] platformPages = { "/admin/organizations", "/admin/organizations/new",
				"/admin/organizations/" + fixture.organization() };
		for (String language : new String[] { "en", "fr" }) {
			for (String page : pages) {
				assertSpeaks(page, admin, language);
			}
			for (String page : platformPages) {
				assertSpeaks(page, platform, language);
			}
		}
	}

	private void assertSpeaks(String page, RequestPostProcessor viewer, String language) throws Exception {
		mvc.perform(get(page).with(viewer).locale(Locale.forLanguageTag(language)).param("lang", language))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<html lang=\"" + language + "\""), not(containsString("??")))));
	}
}
