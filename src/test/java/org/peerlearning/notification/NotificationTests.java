package org.peerlearning.notification;

import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.peerlearning.ApplicationTest;
import org.peerlearning.identity.People;
import org.peerlearning.identity.Person;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ApplicationTest
class NotificationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	People people;

	@Autowired
	Notifications notifications;

	@Autowired
	GreenMail mailServer;

	@Test
	void aNewApiTokenIsAnnouncedInTheApplicationAndByEmailWithNoNameInIt() throws Exception {
		Person rad3 = people.findByEmail("rad3@lakeshore.demo").orElseThrow();
		mvc.perform(post("/api/v1/me/tokens").with(as(rad3)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"Notice check " + UUID.randomUUID() + "\"}")).andExpect(status().isCreated());

		MimeMessage mail = mailTo(rad3.email(), "A new API token was created on your account");
		String body = GreenMailUtil.getBody(mail);
		assertThat(body).contains("http://localhost:8080/notifications/")
			.doesNotContain(rad3.familyName(), rad3.givenName(), rad3.cpsoNumber());

		mvc.perform(get("/api/v1/notifications").with(as(rad3)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.notices[0].kind").value("account.api-token-created"))
			.andExpect(jsonPath("$.notices[0].link").value("/profile"));
	}

	@Test
	void theEmailSpeaksTheRecipientsLanguage() throws Exception {
		Person frenchSpeaking = people.findByEmail("lead@northern.demo").orElseThrow();
		assertThat(frenchSpeaking.language()).isEqualTo("fr");
		notifications.notify(new Notice(null, frenchSpeaking.id(), "account.password-changed", "/profile"));

		// the French subject is found, so the message was written in the recipient's language
		MimeMessage mail = mailTo(frenchSpeaking.email(), "Votre mot de passe a été changé");
		assertThat(GreenMailUtil.getBody(mail)).contains("aucun renseignement sur les patients");
	}

	@Test
	void openingANoticeMarksItReadAndGoesToItsLink() throws Exception {
		Person rad4 = people.findByEmail("rad4@lakeshore.demo").orElseThrow();
		UUID id = notifications.notify(new Notice(null, rad4.id(), "account.locked", "/profile"));
		mvc.perform(get("/notifications").with(as(rad4)).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Your account was locked after wrong passwords")))
			.andExpect(content().string(containsString("/notifications/" + id)))
			.andExpect(content().string(containsString("class=\"notices-count\"")));

		mvc.perform(get("/notifications/{id}", id).with(as(rad4))).andExpect(redirectedUrl("/profile"));

		mvc.perform(get("/api/v1/notifications").with(as(rad4)))
			.andExpect(jsonPath("$.notices[?(@.id == '" + id + "')].readAt").isNotEmpty());
	}

	@Test
	void nobodyOpensOrMarksAnotherPersonsNotice() throws Exception {
		Person rad5 = people.findByEmail("rad5@lakeshore.demo").orElseThrow();
		Person rad2 = people.findByEmail("rad2@lakeshore.demo").orElseThrow();
		UUID id = notifications.notify(new Notice(null, rad5.id(), "account.locked", "/profile"));

		mvc.perform(get("/notifications/{id}", id).with(as(rad2)).accept(MediaType.TEXT_HTML)).andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/notifications/{id}/read", id).with(as(rad2)).with(csrf())).andExpect(status().isNotFound());
		mvc.perform(get("/notifications").with(as(rad2))).andExpect(content().string(not(containsString(id.toString()))));
		mvc.perform(get("/api/v1/notifications").with(as(rad5)))
			.andExpect(jsonPath("$.notices[?(@.id == '" + id + "')].readAt").value(org.hamcrest.Matchers.contains((Object) null)));
	}

	@Test
	void markingAllReadEmptiesTheCountInTheHeader() throws Exception {
		Person tech1 = people.findByEmail("tech1@lakeshore.demo").orElseThrow();
		notifications.notify(new Notice(null, tech1.id(), "account.locked", "/profile"));
		mvc.perform(post("/notifications/read").with(as(tech1)).with(csrf())).andExpect(redirectedUrl("/notifications"));
		mvc.perform(get("/notifications").with(as(tech1)))
			.andExpect(content().string(not(containsString("class=\"notices-count\""))));
		mvc.perform(get("/api/v1/notifications").with(as(tech1))).andExpect(jsonPath("$.unread").value(0));
	}

	private RequestPostProcessor as(Person person) {
		return user(accounts.loadUserByUsername(person.email()));
	}

	/** The latest e-mail to this address, waiting for it to arrive (delivery follows the commit). */
	/** The e-mail with this subject sent to the address (other notices may reach the same person meanwhile). */
	private MimeMessage mailTo(String address, String subject) throws Exception {
		long deadline = System.nanoTime() + 10_000_000_000L;
		while (System.nanoTime() < deadline) {
			for (MimeMessage received : mailServer.getReceivedMessagesForDomain(address)) {
				if (subject.equals(received.getSubject())) {
					return received;
				}
			}
			mailServer.waitForIncomingEmail(200, 1);
		}
		throw new AssertionError("no e-mail \"" + subject + "\" reached " + address);
	}
}
