package org.peerlearning.feedback;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.peerlearning.ApplicationTest;
import org.peerlearning.identity.People;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Feedback straight between colleagues: to a technologist about images, from anyone, signed or not. */
@ApplicationTest
class DirectFeedbackTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	People people;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aTechnologistReceivesUnsignedFeedbackOnImagesAndNeverLearnsWhoSentIt() throws Exception {
		UUID tech1 = people.findByEmail("tech1@lakeshore.demo").orElseThrow().id().value();
		String message = "Motion on the sagittal series " + UUID.randomUUID();
		String location = mvc.perform(post("/feedback").with(as("rad5@lakeshore.demo")).with(csrf())
			.param("recipient", tech1.toString()).param("kind", "IMAGE_QUALITY").param("accession", "LGH-1003")
			.param("message", message)).andReturn().getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/feedback/");

		String seen = mvc.perform(get(location).with(as("tech1@lakeshore.demo")).header("Accept-Language", "en"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(seen).contains(message).contains("A colleague").contains("LGH-1003").contains("MRI KNEE LEFT");
		assertThat(seen).doesNotContain("rad5@lakeshore.demo", "80115", "MARTIN", "LGH-MRN-5003").doesNotContain("Your report");
	}

	@Test
	void aSignedGreatCallNamesItsSender() throws Exception {
		UUID rad4 = people.findByEmail("rad4@lakeshore.demo").orElseThrow().id().value();
		String location = mvc.perform(post("/feedback").with(as("rad6@lakeshore.demo")).with(csrf())
			.param("recipient", rad4.toString()).param("kind", "GREAT_CALL").param("message", "Subtle scaphoid fracture, well seen")
			.param("named", "true")).andReturn().getResponse().getRedirectedUrl();
		mvc.perform(get(location).with(as("rad4@lakeshore.demo")).header("Accept-Language", "en"))
			.andExpect(content().string(containsString("Aisha Siddiqui")));
		assertThat(jdbc.sql("select count(*) from notice where kind = 'feedback.great-call' and link = ?").param(location)
			.query(Integer.class).single()).isEqualTo(1);
	}

	@Test
	void anInvalidFormShowsWhatIsWrongAndKeepsWhatWasTyped() throws Exception {
		UUID tech1 = people.findByEmail("tech1@lakeshore.demo").orElseThrow().id().value();
		mvc.perform(post("/feedback").with(as("rad5@lakeshore.demo")).with(csrf()).header("Accept-Language", "en")
			.param("recipient", tech1.toString()).param("kind", "PROTOCOL").param("accession", "NO-SUCH-EXAM")
			.param("message", "Use the thin-slice protocol"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("No exam of this organization has this accession number.")))
			.andExpect(content().string(containsString("Use the thin-slice protocol")))
			.andExpect(content().string(containsString("aria-invalid=\"true\"")));
		mvc.perform(post("/feedback").with(as("rad5@lakeshore.demo")).with(csrf()).header("Accept-Language", "en")
			.param("kind", "PROTOCOL").param("message", ""))
			.andExpect(content().string(containsString("Choose a colleague")))
			.andExpect(content().string(containsString("Write a message.")));
	}

	@Test
	void theApiGivesFeedbackAndRefusesAColleagueOfAnotherOrganization() throws Exception {
		UUID tech1 = people.findByEmail("tech1@lakeshore.demo").orElseThrow().id().value();
		UUID northern = people.findByEmail("rad1@northern.demo").orElseThrow().id().value();
		mvc.perform(post("/api/v1/feedback").with(as("rad2@lakeshore.demo")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"recipient\":\"" + tech1 + "\",\"kind\":\"PROTOCOL\",\"message\":\"Add the delayed phase\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.kind").value("PROTOCOL"))
			.andExpect(jsonPath("$.state").value("SENT"));
		mvc.perform(post("/api/v1/feedback").with(as("rad2@lakeshore.demo")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"recipient\":\"" + northern + "\",\"kind\":\"PROTOCOL\",\"message\":\"Hello\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("Choose a colleague of this organization (not yourself)."));
		mvc.perform(get("/api/v1/feedback").with(as("tech1@lakeshore.demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.received[0].kind").exists());
	}

	private RequestPostProcessor as(String email) {
		return user(users.loadUserByUsername(email));
	}
}
