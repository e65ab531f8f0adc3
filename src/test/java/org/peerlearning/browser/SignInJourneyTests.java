package org.peerlearning.browser;

import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.peerlearning.identity.People;
import org.peerlearning.identity.People.NewPerson;
import org.peerlearning.identity.PersonId;
import org.peerlearning.identity.Role;
import org.peerlearning.organization.Organizations;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@BrowserTest
class SignInJourneyTests {

	@Autowired
	People people;

	@Autowired
	Organizations organizations;

	@Test
	void aLakeshoreRadiologistSignsInAndLandsInLakeshoreRegionalHealth(Browser browser) {
		browser.signIn("rad1@lakeshore.demo");

		assertThat(browser.path()).isEqualTo("/");
		assertThat(browser.text("h1")).contains("Daniel Okafor");
		assertThat(browser.text(".page-header p")).contains("Lakeshore Regional Health");
		assertThat(browser.text("header .org-name")).isEqualTo("Lakeshore Regional Health");
	}

	@Test
	void aNorthernRadiologistSignsInAndLandsInNorthernImagingGroup(Browser browser) {
		browser.signIn("rad1@northern.demo");

		assertThat(browser.text("h1")).contains("Nora Whitehorse");
		assertThat(browser.text(".page-header p")).contains("Northern Imaging Group");
		assertThat(browser.text("main")).doesNotContain("Lakeshore");
	}

	@Test
	void aWrongPasswordShowsAnErrorAndLetsNobodyIn(Browser browser) {
		browser.attemptSignIn("rad2@lakeshore.demo", "not-the-password");

		assertThat(browser.shows("[data-testid=signin-error]")).isTrue();
		assertThat(browser.signedIn()).isFalse();
		browser.visit("/");
		assertThat(browser.path()).startsWith("/login");
	}

	@Test
	void signingOutReturnsToTheSignInPageWithAConfirmationAndTheHomePageThenNeedsSigningInAgain(Browser browser) {
		browser.signIn("rad3@lakeshore.demo").signOut();

		assertThat(browser.path()).startsWith("/login");
		assertThat(browser.shows("[data-testid=signin-signed-out]")).isTrue();
		assertThat(browser.signedIn()).isFalse();

		browser.visit("/");
		assertThat(browser.path()).startsWith("/login");
		assertThat(browser.signedIn()).isFalse();
	}

	@Test
	void anAccountIsLockedAfterRepeatedFailures(Browser browser) {
		String email = "locked-" + UUID.randomUUID() + "@lakeshore.demo";
		PersonId person = people.create(new NewPerson(email, "Robin", "Locke", null, List.of(), "en", false),
				Browser.DEMO_PASSWORD, false, null);
		people.grant(organizations.findByName("Lakeshore Regional Health").orElseThrow().id(), person,
				EnumSet.of(Role.RADIOLOGIST), null);

		for (int attempt = 1; attempt <= 5; attempt++) {
			browser.attemptSignIn(email, "wrong-password-" + attempt);
			assertThat(browser.signedIn()).isFalse();
		}
		browser.attemptSignIn(email, Browser.DEMO_PASSWORD);

		assertThat(browser.shows("[data-testid=signin-locked]")).isTrue();
		assertThat(browser.signedIn()).isFalse();
		browser.visit("/");
		assertThat(browser.path()).startsWith("/login");
	}
}
