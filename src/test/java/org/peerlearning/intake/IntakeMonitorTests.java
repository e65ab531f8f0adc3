package org.peerlearning.intake;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.peerlearning.ApplicationTest;
import org.peerlearning.identity.People;
import org.peerlearning.intake.domain.ExamRecorder;
import org.peerlearning.intake.domain.FacilityRouter;
import org.peerlearning.intake.domain.MessageLog;
import org.peerlearning.intake.domain.RadiologistResolver;
import org.peerlearning.intake.hl7.Hl7Intake;
import org.peerlearning.organization.Organizations;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.peerlearning.intake.TestMessages.header;
import static org.peerlearning.intake.TestMessages.oru;
import static org.peerlearning.intake.TestMessages.unique;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ApplicationTest
class IntakeMonitorTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	MllpEndpoint mllp;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Organizations organizations;

	@Autowired
	People people;

	@Autowired
	ExamRecorder recorder;

	@Autowired
	MessageLog messages;

	@Autowired
	RadiologistResolver radiologists;

	@Autowired
	TransactionTemplate transaction;

	private String send(String message) throws Exception {
		try (MllpClient client = new MllpClient(mllp.port())) {
			return client.send(message);
		}
	}

	@Test
	void anAdministratorSeesRejectedMessagesWithTheirContentEscaped() throws Exception {
		String controlId = unique("SHOW");
		send(header("LGH", "ORU^R01", controlId, "9.9", null) + "PID|1||<script>alert(1)</script>\r");
		mvc.perform(get("/intake").with(user(users.loadUserByUsername("admin@lakeshore.demo"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(controlId)))
			.andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")))
			.andExpect(content().string(not(containsString("<script>alert(1)"))));
	}

	@Test
	void aRadiologistMayNotOpenTheFeedMonitor() throws Exception {
		mvc.perform(get("/intake").with(user(users.loadUserByUsername("rad1@lakeshore.demo")))).andExpect(status().isForbidden());
	}

	@Test
	void onceASenderIsRoutedItsRejectedMessagesAreReplayedIntoTheOrganization() throws Exception {
		String facility = unique("NEWRIS");
		String accession = unique("ACC");
		FacilityRouter strict = new FacilityRouter(jdbc, organizations, false);
		Hl7Intake strictIntake = new Hl7Intake(strict, recorder, messages, radiologists, transaction, ZoneId.of("America/Toronto"));
		try {
			String ack = new String(strictIntake.receive(oru(unique("LATE"), accession, "F", null, "Late but fine.")
				.replace("|RIS|LGH|", "|RIS|" + facility + "|").getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
			assertThat(ack).contains("MSA|AR|");
		}
		finally {
			strictIntake.destroy();
		}
		var admin = user(users.loadUserByUsername("admin@lakeshore.demo"));
		mvc.perform(post("/intake/routes").param("sendingFacility", facility).param("receivingFacility", "").param("siteId", "")
				.with(admin).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flash", "intake.route.added"));
		mvc.perform(post("/intake/facilities/replay").param("sendingFacility", facility).with(admin).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flash", "intake.replay.accepted"));
		assertThat(jdbc.sql("select o.name from exam e join organization o on o.id = e.organization_id where e.accession_number = ?")
			.param(accession).query(String.class).single()).isEqualTo("Lakeshore Regional Health");
		assertThat(jdbc.sql("select status from hl7_message where sending_facility = ? order by received_at").param(facility)
			.query(String.class).list()).containsExactly("REPLAYED", "ACCEPTED");
	}

	@Test
	void aSenderAlreadyRoutedCannotBeClaimedTwice() throws Exception {
		String facility = unique("TWICE");
		var admin = user(users.loadUserByUsername("admin@lakeshore.demo"));
		mvc.perform(post("/intake/routes").param("sendingFacility", facility).with(admin).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/intake/routes").param("sendingFacility", facility).with(admin).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("aria-invalid=\"true\"")));
	}

	@Test
	void mappingAFeedIdentifierNamesTheRadiologistOnExamsAlreadyReceived() throws Exception {
		String rawId = unique("DX");
		String accession = unique("ACC");
		send(oru(unique("MAP"), accession, "F", rawId + "^Chen^Samuel", "Chest clear."));
		var chen = people.findByCpso("80113").orElseThrow().id();
		mvc.perform(post("/intake/radiologists").param("rawIdentifier", rawId).param("personId", chen.value().toString())
				.with(user(users.loadUserByUsername("admin@lakeshore.demo"))).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flash", "intake.radiologist.mapped"));
		assertThat(jdbc.sql("select reading_radiologist_id from exam where accession_number = ?").param(accession)
			.query(java.util.UUID.class).single()).isEqualTo(chen.value());
		String next = unique("ACC");
		send(oru(unique("MAP"), next, "F", rawId + "^Chen^Samuel", "Chest clear again."));
		assertThat(jdbc.sql("select reading_radiologist_id from exam where accession_number = ?").param(next)
			.query(java.util.UUID.class).single()).isEqualTo(chen.value());
	}
}
