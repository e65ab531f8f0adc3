package org.peerlearning.intake;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerlearning.ApplicationTest;
import org.peerlearning.identity.People;
import org.peerlearning.identity.PersonId;
import org.peerlearning.identity.Role;
import org.peerlearning.organization.Organizations;
import org.peerlearning.platform.AuditableEvent;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.event.ApplicationEventMulticaster;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peerlearning.intake.TestMessages.oru;
import static org.peerlearning.intake.TestMessages.unique;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ApplicationTest
class ExamApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	MllpEndpoint mllp;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEventMulticaster multicaster;

	@Autowired
	People people;

	@Autowired
	Organizations organizations;

	private final List<AuditableEvent> audited = new CopyOnWriteArrayList<>();

	private final ApplicationListener<ApplicationEvent> listener = event -> {
		if (event instanceof PayloadApplicationEvent<?> payload && payload.getPayload() instanceof AuditableEvent auditable) {
			audited.add(auditable);
		}
	};

	@BeforeEach
	void listen() {
		multicaster.addApplicationListener(listener);
	}

	@AfterEach
	void stopListening() {
		multicaster.removeApplicationListener(listener);
	}

	private String lakeshoreExam() throws Exception {
		String accession = unique("API");
		try (MllpClient client = new MllpClient(mllp.port())) {
			assertThat(MllpClient.code(client.send(oru(unique("API"), accession, "F", "80112^Gagnon^Emilie", "Report body."))))
				.isEqualTo("AA");
		}
		return accession;
	}

	private String idOf(String accession) {
		return jdbc.sql("select id::text from exam where accession_number = ?").param(accession).query(String.class).single();
	}

	@Test
	void aProgramLeadFindsAnExamByAccessionWithItsPatientIdentifiersAndTheListingIsAudited() throws Exception {
		String accession = lakeshoreExam();
		mvc.perform(get("/api/v1/exams").param("accession", accession).with(user(users.loadUserByUsername("lead@lakeshore.demo"))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].accession").value(accession))
			.andExpect(jsonPath("$.items[0].status").value("FINAL"))
			.andExpect(jsonPath("$.items[0].modality").value("CT"))
			.andExpect(jsonPath("$.items[0].patient.mrn").value("MRN-" + accession))
			.andExpect(jsonPath("$.items[0].patient.healthCardNumber").value("9876543210AB"))
			.andExpect(jsonPath("$.items[0].reportText").doesNotExist());
		assertThat(audited).extracting(AuditableEvent::action).contains("intake.exams.listed");
	}

	@Test
	void aRadiologistSeesExamsWithoutPatientIdentifiersInTheList() throws Exception {
		String accession = lakeshoreExam();
		mvc.perform(get("/api/v1/exams").param("accession", accession).with(user(users.loadUserByUsername("rad1@lakeshore.demo"))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].accession").value(accession))
			.andExpect(jsonPath("$.items[0].readingRadiologistName").value("Emilie Gagnon"))
			.andExpect(jsonPath("$.items[0].patient").doesNotExist());
		assertThat(audited).extracting(AuditableEvent::action).doesNotContain("intake.exams.listed");
	}

	@Test
	void oneExamCarriesItsReportAndEveryViewIsAudited() throws Exception {
		String id = idOf(lakeshoreExam());
		mvc.perform(get("/api/v1/exams/{id}", id).with(user(users.loadUserByUsername("rad2@lakeshore.demo"))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.reportText").value("Report body."));
		assertThat(audited).filteredOn(e -> e.action().equals("intake.exam.viewed")).extracting(AuditableEvent::targetId)
			.containsExactly(id);
	}

	@Test
	void anotherOrganizationNeverSeesTheExamWhateverItGuesses() throws Exception {
		String accession = lakeshoreExam();
		var northernLead = user(users.loadUserByUsername("lead@northern.demo"));
		mvc.perform(get("/api/v1/exams").param("accession", accession).with(northernLead))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(0));
		mvc.perform(get("/api/v1/exams/{id}", idOf(accession)).with(northernLead)).andExpect(status().isNotFound());
	}

	@Test
	void filtersAndPagingNarrowTheList() throws Exception {
		lakeshoreExam();
		var lead = user(users.loadUserByUsername("lead@lakeshore.demo"));
		mvc.perform(get("/api/v1/exams").param("modality", "ct").param("status", "FINAL").param("from", "2026-01-15")
				.param("to", "2026-01-15").param("size", "1").with(lead))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.size").value(1))
			.andExpect(jsonPath("$.items.length()").value(1));
		mvc.perform(get("/api/v1/exams").param("status", "SOMEWHERE").with(lead)).andExpect(status().isBadRequest());
		mvc.perform(get("/api/v1/exams").param("size", "1000").with(lead)).andExpect(status().isBadRequest());
	}

	@Test
	void aTechnologistMayLookButAReferringClinicianMayNot() throws Exception {
		mvc.perform(get("/api/v1/exams").with(user(users.loadUserByUsername("tech1@lakeshore.demo")))).andExpect(status().isOk());
		String email = unique("referrer").toLowerCase() + "@lakeshore.test";
		PersonId referrer = people.create(new People.NewPerson(email, "Ref", "Errer", null, List.of(), "en", false), "Some-Password-9",
				false, null);
		people.grant(organizations.findByName("Lakeshore Regional Health").orElseThrow().id(), referrer,
				Set.of(Role.REFERRING_CLINICIAN), null);
		mvc.perform(get("/api/v1/exams").with(user(users.loadUserByUsername(email)))).andExpect(status().isForbidden());
	}
}
