package org.peerlearning.intake.csv;

import java.time.Duration;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.peerlearning.ApplicationTest;
import org.peerlearning.identity.People;
import org.peerlearning.identity.tokens.ApiTokens;
import org.peerlearning.identity.tokens.TokenLifetime;
import org.peerlearning.organization.OrganizationId;
import org.peerlearning.organization.Organizations;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ApplicationTest
class CsvImportTests {

	static final String HEADER = String.join(",", ExamRows.COLUMNS) + "\r\n";

	@Autowired
	MockMvc mvc;

	@Autowired
	ApiTokens tokens;

	@Autowired
	People people;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ImportJobs jobs;

	@Autowired
	Organizations organizations;

	private MockHttpServletRequestBuilder as(String email, MockHttpServletRequestBuilder request) {
		String token = tokens.create(people.findByEmail(email).orElseThrow().id(), "csv " + UUID.randomUUID(), TokenLifetime.DAYS_30)
			.secret();
		return request.header("Authorization", "Bearer " + token);
	}

	static String row(String accession, String status, String text) {
		return accession + ",LGH,MRN-" + accession + ",1234567890AB,Tremblay,Anne,1961-03-04,F,CT,Head,CT100,CT head,"
				+ "2025-03-01 08:00,2025-03-01T09:00:00-05:00," + status + ",\"" + text.replace("\"", "\"\"") + "\",1.2.3.4,"
				+ "Dr Referrer,80112,Gagnon Emilie\r\n";
	}

	private String postFile(String email, String csv) throws Exception {
		String body = mvc.perform(as(email, post("/api/v1/exams/imports")).contentType("text/csv").content(csv))
			.andExpect(status().isAccepted())
			.andExpect(header().string("Location", containsString("/api/v1/exams/imports/")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(body, "$.id");
	}

	private String finished(String email, String id) {
		String[] body = new String[1];
		await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> {
			body[0] = mvc.perform(as(email, get("/api/v1/exams/imports/{id}", id))).andReturn().getResponse().getContentAsString();
			String status = JsonPath.read(body[0], "$.status");
			return !status.equals("QUEUED") && !status.equals("RUNNING");
		});
		return body[0];
	}

	@Test
	void goodRowsBecomeExamsAndBadRowsAreListedInADownloadableErrorsFile() throws Exception {
		String a = "CSV" + UUID.randomUUID().toString().substring(0, 10);
		String csv = HEADER + row(a + "-1", "final", "No acute findings, \"clear\".") + row(a + "-2", "preliminary", "Wet read")
				+ row(a + "-3", "nonsense", "x") + row(a + "-4", "final", "ok").replace(",LGH,", ",NOWHERE,")
				+ row(a + "-2", "final", "Signed");
		String id = postFile("admin@lakeshore.demo", csv);
		String result = finished("admin@lakeshore.demo", id);
		assertThat((String) JsonPath.read(result, "$.status")).isEqualTo("COMPLETED");
		assertThat((Integer) JsonPath.read(result, "$.percent")).isEqualTo(100);
		assertThat((Integer) JsonPath.read(result, "$.rows.read")).isEqualTo(5);
		assertThat((Integer) JsonPath.read(result, "$.rows.created")).isEqualTo(2);
		assertThat((Integer) JsonPath.read(result, "$.rows.updated")).isEqualTo(1);
		assertThat((Integer) JsonPath.read(result, "$.rows.failed")).isEqualTo(2);

		var exam = jdbc.sql("select result_status, report_text, modality, reading_radiologist_id is not null as mapped, "
				+ "site_id is not null as sited from exam where accession_number = ?").param(a + "-1").query().singleRow();
		assertThat(exam).containsEntry("result_status", "FINAL").containsEntry("report_text", "No acute findings, \"clear\".")
			.containsEntry("modality", "CT").containsEntry("mapped", true).containsEntry("sited", true);
		assertThat(jdbc.sql("select result_status from exam where accession_number = ?").param(a + "-2").query(String.class).single())
			.isEqualTo("FINAL");

		mvc.perform(as("admin@lakeshore.demo", get("/api/v1/exams/imports/{id}/errors", id)))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/csv"))
			.andExpect(content().string(containsString("line,accession,error")))
			.andExpect(content().string(containsString("4," + a + "-3,\"status must be preliminary, final or corrected\"")))
			.andExpect(content().string(containsString("5," + a + "-4,")));
	}

	@Test
	void importingTheSameFileAgainCountsEveryRowAsADuplicate() throws Exception {
		String a = "CSV" + UUID.randomUUID().toString().substring(0, 10);
		String csv = HEADER + row(a + "-1", "final", "One") + row(a + "-2", "final", "Two");
		finished("admin@lakeshore.demo", postFile("admin@lakeshore.demo", csv));
		String again = finished("admin@lakeshore.demo", postFile("admin@lakeshore.demo", csv));
		assertThat((Integer) JsonPath.read(again, "$.rows.duplicate")).isEqualTo(2);
		assertThat((Integer) JsonPath.read(again, "$.rows.created")).isEqualTo(0);
		assertThat(jdbc.sql("select count(*) from exam where accession_number like ?").param(a + "-%").query(Long.class).single())
			.isEqualTo(2);
		assertThat(jdbc.sql("select count(*) from exam_report_version v join exam e on e.id = v.exam_id where e.accession_number like ?")
			.param(a + "-%").query(Long.class).single()).isZero();
	}

	@Test
	void aFileWithoutTheRequiredColumnsFailsWithTheReason() throws Exception {
		String result = finished("admin@lakeshore.demo", postFile("admin@lakeshore.demo", "mrn,name\r\n1,x\r\n"));
		assertThat((String) JsonPath.read(result, "$.status")).isEqualTo("FAILED");
		assertThat((String) JsonPath.read(result, "$.failure")).contains("accession");
	}

	@Test
	void anAdministratorUploadsOnThePageAndFollowsTheProgressUntilItStopsPolling() throws Exception {
		var admin = user(users.loadUserByUsername("admin@lakeshore.demo"));
		mvc.perform(get("/intake/import").with(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("type=\"file\"")))
			.andExpect(content().string(containsString("accession,site,mrn")));
		String a = "CSV" + UUID.randomUUID().toString().substring(0, 10);
		MockMultipartFile file = new MockMultipartFile("file", "history.csv", "text/csv",
				(HEADER + row(a, "final", "Page upload") + row(a + "-bad", "?", "x")).getBytes());
		String location = mvc.perform(multipart("/intake/import").file(file).with(admin).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/intake/import/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		String id = location.substring(location.lastIndexOf('/') + 1);
		mvc.perform(get(location).with(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<progress")))
			.andExpect(content().string(containsString("history.csv")));
		await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> mvc
			.perform(get(location + "/progress").with(admin)).andReturn().getResponse().getContentAsString()
			.contains("data-status=\"COMPLETED\""));
		mvc.perform(get(location + "/progress").with(admin))
			.andExpect(content().string(containsString("value=\"100\"")))
			.andExpect(content().string(not(containsString("hx-trigger"))))
			.andExpect(content().string(containsString("/intake/import/" + id + "/errors")));
		mvc.perform(get(location + "/errors").with(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(a + "-bad")));
		mvc.perform(get("/intake/import").with(admin)).andExpect(content().string(containsString("history.csv")));
	}

	@Test
	void anEmptyUploadIsRefusedNextToTheField() throws Exception {
		MockMultipartFile empty = new MockMultipartFile("file", "empty.csv", "text/csv", new byte[0]);
		mvc.perform(multipart("/intake/import").file(empty).with(user(users.loadUserByUsername("admin@lakeshore.demo"))).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("aria-invalid=\"true\"")))
			.andExpect(content().string(containsString("id=\"import-file-error\"")));
	}

	@Test
	void anotherOrganizationGets404AndARadiologistMayNotImport() throws Exception {
		String id = postFile("admin@lakeshore.demo", HEADER);
		finished("admin@lakeshore.demo", id);
		mvc.perform(as("lead@northern.demo", get("/api/v1/exams/imports/{id}", id))).andExpect(status().isNotFound());
		mvc.perform(as("lead@northern.demo", get("/api/v1/exams/imports/{id}/errors", id))).andExpect(status().isNotFound());
		mvc.perform(get("/intake/import/{id}", id).with(user(users.loadUserByUsername("lead@northern.demo"))))
			.andExpect(status().isNotFound());
		mvc.perform(as("rad1@lakeshore.demo", post("/api/v1/exams/imports")).contentType("text/csv").content(HEADER))
			.andExpect(status().isForbidden());
		mvc.perform(get("/intake/import").with(user(users.loadUserByUsername("rad1@lakeshore.demo")))).andExpect(status().isForbidden());
	}

	@Test
	void anImportLeftRunningByAStoppedInstanceIsShownAsInterrupted() {
		OrganizationId lakeshore = organizations.findByName("Lakeshore Regional Health").orElseThrow().id();
		UUID id = jobs.create(lakeshore, "before-restart.csv", 1000, null);
		jobs.started(id);
		jobs.interruptStale();
		assertThat(jobs.find(lakeshore, id).orElseThrow().status()).isEqualTo(ImportJobs.Status.RUNNING);
		jdbc.sql("update exam_import set heartbeat_at = now() - interval '10 minutes' where id = ?").param(id).update();
		jobs.interruptStale();
		assertThat(jobs.find(lakeshore, id).orElseThrow().status()).isEqualTo(ImportJobs.Status.INTERRUPTED);
	}
}
