package org.peerlearning.browser;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@BrowserTest
class LayoutJourneyTests {

	@Test
	void theHeaderFitsOnALaptopInTwoRowsAndOnATabletWithoutSidewaysScrolling(Browser browser) {
		browser.signIn("rad6@lakeshore.demo");
		assertThat(browser.overflowsSideways()).isFalse();
		assertThat(browser.height("header.topbar")).as("brand and tools, then navigation, on a laptop").isLessThan(125);
		assertThat(browser.height("header .mainnav")).as("navigation in one row on a laptop").isLessThan(55);

		browser.switchLanguage("fr");
		assertThat(browser.overflowsSideways()).isFalse();

		browser.resize(820, 1180);
		assertThat(browser.overflowsSideways()).isFalse();
		browser.switchLanguage("en");
		assertThat(browser.overflowsSideways()).isFalse();
	}

	@Test
	void theSignInPageFitsATabletAndAPhone(Browser browser) {
		browser.visit("/login").resize(820, 1180);
		assertThat(browser.overflowsSideways()).isFalse();
		browser.resize(390, 844);
		assertThat(browser.overflowsSideways()).isFalse();
	}
}
