package org.peerlearning.browser;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Walks through every page a person can reach, in both languages and on a tablet, so that each one
 * is checked with axe (no serious or critical violation), photographed, and free of sideways
 * scrolling. A page added later belongs in this list.
 */
@BrowserTest
class EveryPageJourneyTests {

	private static final List<String> ORGANIZATION_ADMINISTRATOR_PAGES = List.of("/", "/admin", "/admin/people",
			"/admin/people/new", "/admin/sites", "/admin/sites/new", "/admin/settings", "/audit", "/audit/verification",
			"/intake", "/deidentify", "/profile", "/password");

	@Test
	void everyPageOfAnOrganizationAdministratorPassesInEnglishAndFrenchOnALaptopAndATablet(Browser browser) {
		browser.signIn("admin@lakeshore.demo");
		for (String language : List.of("en", "fr")) {
			browser.switchLanguage(language);
			for (String page : ORGANIZATION_ADMINISTRATOR_PAGES) {
				browser.visit(page);
				assertThat(browser.language()).as(page).isEqualTo(language);
				assertThat(browser.overflowsSideways()).as(page + " on a laptop").isFalse();
			}
			browser.visit("/admin/people").follow("main table a[href*='/admin/people/']");
			assertThat(browser.path()).startsWith("/admin/people/");
			browser.visit("/admin/sites").follow("main a[href*='/admin/sites/']:not([href$='/new'])");
			assertThat(browser.path()).startsWith("/admin/sites/");
		}
		browser.resize(820, 1180);
		for (String page : ORGANIZATION_ADMINISTRATOR_PAGES) {
			browser.visit(page);
			assertThat(browser.overflowsSideways()).as(page + " on a tablet").isFalse();
		}
	}

	@Test
	void theFeedbackPagesOfAProgramLeadPassInBothLanguages(Browser browser) {
		browser.signIn("lead@lakeshore.demo");
		for (String language : List.of("en", "fr")) {
			browser.switchLanguage(language);
			for (String page : List.of("/feedback", "/feedback/new", "/feedback/program", "/notifications")) {
				browser.visit(page);
				assertThat(browser.language()).as(page).isEqualTo(language);
				assertThat(browser.overflowsSideways()).as(page).isFalse();
			}
		}
	}

	@Test
	void thePlatformAdministratorsPagesPass(Browser browser) {
		browser.signIn("platform@peerlearning.demo").visit("/admin/organizations").visit("/admin/organizations/new");
		browser.visit("/admin/organizations").follow("main table a[href*='/admin/organizations/']");
		assertThat(browser.path()).matches("/admin/organizations/[0-9a-f-]{36}");
	}

	@Test
	void aRadiologistsPagesPassAndAnUnknownAddressShowsTheNotFoundPage(Browser browser) {
		browser.signIn("rad2@lakeshore.demo").visit("/profile").visit("/deidentify").visit("/no-such-page");
		assertThat(browser.text("h1")).isNotBlank();
		browser.switchLanguage("fr").visit("/no-such-page");
		assertThat(browser.language()).isEqualTo("fr");
	}
}
