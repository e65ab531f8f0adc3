package org.peerlearning.browser;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

import static org.assertj.core.api.Assertions.assertThat;

@BrowserTest
class LanguageJourneyTests {

	@Autowired
	MessageSource messages;

	@Test
	void aPersonSwitchesToFrenchAndBackAndTheChoiceFollowsThemFromPageToPage(Browser browser) {
		browser.visit("/login");
		assertThat(browser.language()).isEqualTo("en");
		assertThat(browser.text("h1")).isEqualTo(message("signin.title", Locale.ENGLISH));

		browser.switchLanguage("fr");
		assertThat(browser.language()).isEqualTo("fr");
		assertThat(browser.text("h1")).isEqualTo(message("signin.title", Locale.FRENCH));

		browser.signIn("rad1@lakeshore.demo");
		assertThat(browser.language()).isEqualTo("fr");
		assertThat(browser.text("header .mainnav a")).isEqualTo(message("nav.home", Locale.FRENCH));
		assertThat(browser.text("h2")).isEqualTo(message("home.roles", Locale.FRENCH));

		browser.visit("/");
		assertThat(browser.language()).isEqualTo("fr");
		assertThat(browser.text("footer")).isEqualTo(message("layout.confidential", Locale.FRENCH));

		browser.switchLanguage("en");
		assertThat(browser.language()).isEqualTo("en");
		assertThat(browser.text("h2")).isEqualTo(message("home.roles", Locale.ENGLISH));
		browser.visit("/");
		assertThat(browser.text("footer")).isEqualTo(message("layout.confidential", Locale.ENGLISH));
	}

	private String message(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}
}
