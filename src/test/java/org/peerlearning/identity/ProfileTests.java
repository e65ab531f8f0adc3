package org.peerlearning.identity;

import org.junit.jupiter.api.Test;
import org.peerlearning.ApplicationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ApplicationTest
class ProfileTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	People people;

	@Test
	void theProfileShowsWhoThePersonIsAndWhereTheyWork() throws Exception {
		mvc.perform(get("/profile").with(user(accounts.loadUserByUsername("rad6@lakeshore.demo"))).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Aisha Siddiqui")))
			.andExpect(content().string(containsString("rad6@lakeshore.demo")))
			.andExpect(content().string(containsString("80116")))
			.andExpect(content().string(containsString("Emergency")))
			.andExpect(content().string(containsString("Lakeshore Regional Health")))
			.andExpect(content().string(containsString("Northern Imaging Group")))
			.andExpect(content().string(containsString("Radiologist")))
			.andExpect(content().string(containsString("href=\"/password\"")))
			.andExpect(content().string(containsString("API tokens")));
	}

	@Test
	void savingTheLanguageKeepsItAndSwitchesTheInterface() throws Exception {
		var rad5 = user(accounts.loadUserByUsername("rad5@lakeshore.demo"));
		mvc.perform(post("/profile/language").with(rad5).with(csrf()).param("language", "en"))
			.andExpect(redirectedUrl("/profile"))
			.andExpect(flash().attribute("flash", "identity.profile.language.saved"))
			.andExpect(cookie().value("PEERLEARNING_LANG", "en"));
		org.assertj.core.api.Assertions.assertThat(people.findByEmail("rad5@lakeshore.demo").orElseThrow().language()).isEqualTo("en");
		mvc.perform(post("/profile/language").with(rad5).with(csrf()).param("language", "fr"))
			.andExpect(cookie().value("PEERLEARNING_LANG", "fr"));
		org.assertj.core.api.Assertions.assertThat(people.findByEmail("rad5@lakeshore.demo").orElseThrow().language()).isEqualTo("fr");
		mvc.perform(get("/profile").with(rad5).cookie(new jakarta.servlet.http.Cookie("PEERLEARNING_LANG", "fr")))
			.andExpect(content().string(containsString("Jetons d’API")));
	}

	@Test
	void anUnknownLanguageIsRefusedNextToTheField() throws Exception {
		mvc.perform(post("/profile/language").with(user(accounts.loadUserByUsername("rad4@lakeshore.demo"))).with(csrf()).param("language", "de"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("aria-describedby=\"language-error\"")));
	}

	@Test
	void theProfileNeedsSigningIn() throws Exception {
		mvc.perform(get("/profile")).andExpect(status().is3xxRedirection());
	}
}
