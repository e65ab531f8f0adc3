package org.peerlearning.browser;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The review program pages, in both languages, as the program lead uses them (each page checked with axe). */
@BrowserTest
class ProgramJourneyTests {

	static final String[] PAGES = { "/admin/program", "/admin/program/scales", "/admin/program/taxonomy", "/admin/program/fields",
			"/admin/program/rules", "/admin/program/rules/new", "/admin/program/pools", "/admin/program/conflicts",
			"/program/sampling" };

	@Test
	void theProgramLeadGoesThroughEverySectionOfTheReviewProgramInEnglishAndFrench(Browser browser) {
		browser.signIn("lead@lakeshore.demo");
		for (String page : PAGES) {
			browser.visit(page);
			assertThat(browser.shows("h1")).isTrue();
		}
		browser.switchLanguage("fr");
		for (String page : PAGES) {
			browser.visit(page);
		}
		browser.visit("/admin/program");
		assertThat(browser.text(".program-nav")).contains("Règles d’échantillonnage");
	}

	@Test
	void theLeadFindsTheProgramFromTheNavigationAndTheRulesOfTheDemo(Browser browser) {
		browser.signIn("lead@lakeshore.demo").follow(".mainnav a[href='/admin/program']").follow(".program-nav a[href='/admin/program/rules']");
		assertThat(browser.text("main")).contains("Random 5% of CT and MR").contains("First 50 exams of Dr. Siddiqui");
		browser.follow("main table a");
		assertThat(browser.path()).startsWith("/admin/program/rules/");
	}
}
