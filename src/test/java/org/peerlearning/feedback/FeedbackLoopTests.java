package org.peerlearning.feedback;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.peerlearning.ApplicationTest;
import org.peerlearning.cases.CaseId;
import org.peerlearning.cases.CaseState;
import org.peerlearning.cases.Cases;
import org.peerlearning.feedback.internal.FeedbackReminders;
import org.peerlearning.identity.People;
import org.peerlearning.identity.Person;
import org.peerlearning.organization.OrganizationId;
import org.peerlearning.organization.Organizations;
import org.peerlearning.review.AssignmentId;
import org.peerlearning.review.ReviewAssignments;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The closed loop: a review that recommends feedback reaches the author of the report, who reads it
 * without learning the reviewer, acknowledges it and answers; the reviewer never learns the author
 * unless the author signs. The e-mail says only that there is feedback.
 */
@ApplicationTest
class FeedbackLoopTests {

	/** What would identify the reviewer (rad3) and the submitter (rad2). */
	private static final List<String> REVIEWER_AND_SUBMITTER = List.of("Samuel", "Chen", "80113", "rad3@lakeshore.demo", "Gagnon",
			"Émilie", "80112", "rad2@lakeshore.demo");

	/** What would identify the author (rad1) of LGH-1002. */
	private static final List<String> AUTHOR = List.of("Okafor", "OKAFOR", "Daniel", "DANIEL", "80111", "rad1@lakeshore.demo");

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	People people;

	@Autowired
	Organizations organizations;

	@Autowired
	Cases cases;

	@Autowired
	ReviewAssignments assignments;

	@Autowired
	FeedbackReminders reminders;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	GreenMail mailServer;

	@Test
	void theAuthorReadsAcknowledgesAndAnswersFeedbackWithoutLearningTheReviewer() throws Exception {
		CaseId caseId = reviewedCase("Follow incidental nodules with a recommendation " + UUID.randomUUID());
		assertThat(cases.get(lakeshore(), caseId).state()).isEqualTo(CaseState.FEEDBACK_PENDING);
		UUID thread = threadOf(caseId);

		MimeMessage mail = lastMailTo("rad1@lakeshore.demo", "You have received feedback");
		String body = GreenMailUtil.getBody(mail);
		assertThat(body).contains("/notifications/").doesNotContain("LGH-1002", "SINGH", "NOAH", "Follow incidental");
		assertThat(REVIEWER_AND_SUBMITTER).allSatisfy(secret -> assertThat(body + mail.getSubject()).doesNotContain(secret));

		String inbox = page("/feedback", "rad1@lakeshore.demo");
		assertThat(inbox).contains("/feedback/" + thread);
		String seenByAuthor = page("/feedback/" + thread, "rad1@lakeshore.demo");
		assertThat(seenByAuthor).contains("Follow incidental nodules").contains("LGH-1002").contains("A reviewer");
		String apiForAuthor = mvc.perform(get("/api/v1/feedback/{id}", thread).with(as("rad1@lakeshore.demo")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		for (String shown : List.of(inbox, seenByAuthor, apiForAuthor)) {
			assertThat(REVIEWER_AND_SUBMITTER).allSatisfy(secret -> assertThat(shown).doesNotContain(secret));
		}

		mvc.perform(post("/feedback/{id}/acknowledgement", thread).with(as("rad1@lakeshore.demo")).with(csrf()))
			.andExpect(flash().attribute("flash", "feedback.acknowledged"));
		assertThat(cases.get(lakeshore(), caseId).state()).isEqualTo(CaseState.FEEDBACK_ACKNOWLEDGED);
		assertThat(page("/feedback/program", "lead@lakeshore.demo")).contains("Acknowledged");

		mvc.perform(post("/feedback/{id}/replies", thread).with(as("rad1@lakeshore.demo")).with(csrf())
			.param("body", "Thanks, I missed it on the lung windows.")).andExpect(flash().attribute("flash", "feedback.replySent"));
		String seenByReviewer = page("/feedback/" + thread, "rad3@lakeshore.demo");
		assertThat(seenByReviewer).contains("I missed it on the lung windows").contains("The author of the report");
		assertThat(AUTHOR).allSatisfy(secret -> assertThat(seenByReviewer).doesNotContain(secret));

		mvc.perform(post("/feedback/{id}/replies", thread).with(as("rad1@lakeshore.demo")).with(csrf())
			.param("body", "Happy to talk about it.").param("named", "true"));
		assertThat(page("/feedback/" + thread, "rad3@lakeshore.demo")).contains("Daniel Okafor");
		assertThat(page("/feedback/" + thread, "rad1@lakeshore.demo")).doesNotContain("Samuel Chen");
	}

	@Test
	void nobodyButTheTwoSidesOpensAThread() throws Exception {
		UUID thread = threadOf(reviewedCase("Check the apices " + UUID.randomUUID()));
		for (String outsider : List.of("rad4@lakeshore.demo", "lead@lakeshore.demo", "lead@northern.demo", "rad2@lakeshore.demo")) {
			mvc.perform(get("/feedback/{id}", thread).with(as(outsider))).andExpect(status().isNotFound());
			mvc.perform(get("/api/v1/feedback/{id}", thread).with(as(outsider))).andExpect(status().isNotFound());
		}
		mvc.perform(post("/feedback/{id}/acknowledgement", thread).with(as("rad3@lakeshore.demo")).with(csrf()))
			.andExpect(status().isForbidden());
	}

	@Test
	void theLeadSeesWhereEachFeedbackStandsAndIsAskedForAConversation() throws Exception {
		CaseId caseId = reviewedCase("Compare with the prior " + UUID.randomUUID());
		UUID thread = threadOf(caseId);
		mvc.perform(post("/feedback/{id}/conversation", thread).with(as("rad1@lakeshore.demo")).with(csrf()))
			.andExpect(flash().attribute("flash", "feedback.conversationRequested"));

		String program = page("/feedback/program", "lead@lakeshore.demo");
		assertThat(program).contains("/cases/" + caseId.value()).contains("Awaiting acknowledgement");
		assertThat(program).doesNotContain("Compare with the prior");
		assertThat(jdbc.sql("select count(*) from notice n join person p on p.id = n.recipient_id "
				+ "where p.email = 'lead@lakeshore.demo' and n.kind = 'feedback.conversation-requested'").query(Integer.class).single())
			.isPositive();
		mvc.perform(get("/feedback/program").with(as("rad4@lakeshore.demo"))).andExpect(status().isForbidden());
	}

	@Test
	void unacknowledgedFeedbackIsRemindedAfterThreeDays() throws Exception {
		UUID thread = threadOf(reviewedCase("Window the liver " + UUID.randomUUID()));
		jdbc.sql("update feedback_thread set sent_at = now() - interval '4 days' where id = ?").param(thread).update();

		assertThat(reminders.remindDue()).isPositive();
		assertThat(jdbc.sql("select reminders from feedback_thread where id = ?").param(thread).query(Integer.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from notice where kind = 'feedback.reminder' and link = ?")
			.param("/feedback/" + thread).query(Integer.class).single()).isEqualTo(1);
		reminders.remindDue();
		assertThat(jdbc.sql("select reminders from feedback_thread where id = ?").param(thread).query(Integer.class).single())
			.as("not again the same day").isEqualTo(1);
	}

	/** rad2 submits a case about rad1's LGH-1002; rad3 reviews it (2a, feedback). */
	private CaseId reviewedCase(String learningPoint) throws Exception {
		String location = mvc.perform(post("/cases").with(as("rad2@lakeshore.demo")).with(csrf())
			.param("accession", "LGH-1002").param("source", "LEARNING_OPPORTUNITY").param("note", "Small finding missed"))
			.andReturn().getResponse().getRedirectedUrl();
		CaseId caseId = new CaseId(UUID.fromString(location.substring("/cases/".length())));
		AssignmentId assignment = assignments.assign(lakeshore(), caseId, person("rad3@lakeshore.demo").id(), null,
				person("lead@lakeshore.demo").id());
		mvc.perform(post("/reviews/{id}", assignment.value()).with(as("rad3@lakeshore.demo")).with(csrf())
			.param("score", "S2A").param("learningPoint", learningPoint).param("recommendation", "FEEDBACK_ONLY"))
			.andExpect(flash().attribute("flash", "review.form.submitted"));
		assertThat(cases.get(lakeshore(), caseId).state()).isEqualTo(CaseState.FEEDBACK_PENDING);
		return caseId;
	}

	/** The case's feedback thread, created after the review commits (listeners run on their own threads). */
	private UUID threadOf(CaseId caseId) {
		long deadline = System.nanoTime() + 10_000_000_000L;
		while (System.nanoTime() < deadline) {
			var found = jdbc.sql("select id from feedback_thread where case_id = ?").param(caseId.value()).query(UUID.class).optional();
			if (found.isPresent()) {
				return found.get();
			}
			java.util.concurrent.locks.LockSupport.parkNanos(50_000_000L);
		}
		throw new AssertionError("no feedback was sent for case " + caseId);
	}

	private String page(String path, String email) throws Exception {
		return mvc.perform(get(path).with(as(email)).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private MimeMessage lastMailTo(String address, String subject) throws Exception {
		long deadline = System.nanoTime() + 10_000_000_000L;
		while (System.nanoTime() < deadline) {
			MimeMessage[] received = mailServer.getReceivedMessagesForDomain(address);
			MimeMessage found = Arrays.stream(received).filter(m -> {
				try {
					return subject.equals(m.getSubject());
				}
				catch (jakarta.mail.MessagingException ex) {
					return false;
				}
			}).reduce((a, b) -> b).orElse(null);
			if (found != null) {
				return found;
			}
			mailServer.waitForIncomingEmail(200, 1);
		}
		throw new AssertionError("no e-mail '" + subject + "' reached " + address);
	}

	private RequestPostProcessor as(String email) {
		return user(users.loadUserByUsername(email));
	}

	private Person person(String email) {
		return people.findByEmail(email).orElseThrow();
	}

	private OrganizationId lakeshore() {
		return organizations.findByName("Lakeshore Regional Health").orElseThrow().id();
	}
}
