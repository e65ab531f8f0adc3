package org.peerlearning.browser;

import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@BrowserTest
class OrganizationJourneyTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MessageSource messages;

	@Test
	void aRadiologistReadingForTwoOrganizationsSwitchesBetweenThemWithTheKeyboardAlone(Browser browser) {
		browser.signIn("rad6@lakeshore.demo");
		assertThat(browser.text(".page-header p")).contains("Lakeshore Regional Health");

		browser.switchOrganization("Northern Imaging Group");
		assertThat(browser.path()).isEqualTo("/");
		assertThat(browser.text(".page-header p")).contains("Northern Imaging Group");

		browser.visit("/");
		assertThat(browser.text(".page-header p")).contains("Northern Imaging Group");

		browser.switchOrganization("Lakeshore Regional Health");
		assertThat(browser.text(".page-header p")).contains("Lakeshore Regional Health");
	}

	@Test
	void aPersonOfLakeshoreGetsNotFoundForNorthernsPages(Browser browser) {
		UUID sudbury = jdbc.sql("select id from site where name = 'Northern Imaging Sudbury'").query(UUID.class).single();

		browser.signIn("admin@lakeshore.demo").visit("/admin/sites/" + sudbury);

		assertThat(browser.text("h1")).isEqualTo(messages.getMessage("error.404.title", null, Locale.ENGLISH));
		assertThat(browser.text("main")).doesNotContain("Sudbury");
	}
}
