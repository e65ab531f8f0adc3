package org.peerlearning.intake.fhir;

import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerlearning.ApplicationTest;
import org.peerlearning.identity.People;
import org.peerlearning.identity.tokens.ApiTokens;
import org.peerlearning.identity.tokens.TokenLifetime;
import org.peerlearning.intake.ExamReported;
import org.peerlearning.platform.AuditableEvent;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.event.ApplicationEventMulticaster;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ApplicationTest
class FhirEndpointTests {

	static final String FHIR_JSON = "application/fhir+json";

	@Autowired
	MockMvc mvc;

	@Autowired
	ApiTokens tokens;

	@Autowired
	People people;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEventMulticaster multicaster;

	private final List<Object> published = new CopyOnWriteArrayList<>();

	private final ApplicationListener<ApplicationEvent> listener = event -> {
		if (event instanceof PayloadApplicationEvent<?> payload) {
			published.add(payload.getPayload());
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

	private String token(String email) {
		return tokens.create(people.findByEmail(email).orElseThrow().id(), "fhir " + UUID.randomUUID(), TokenLifetime.DAYS_30)
			.secret();
	}

	private MockHttpServletRequestBuilder as(String email, MockHttpServletRequestBuilder request) {
		return request.header("Authorization", "Bearer " + token(email));
	}

	static String unique() {
		return "FH" + UUID.randomUUID().toString().substring(0, 12);
	}

	/** A report with its patient, study and radiologist contained. */
	static String containedReport(String accession, String mrn, String status, String conclusion) {
		return """
				{"resourceType":"DiagnosticReport",
				 "contained":[
				  {"resourceType":"Patient","id":"pat","identifier":[
				    {"type":{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/v2-0203","code":"MR"}]},"value":"%2$s"},
				    {"system":"https://fhir.infoway-inforoute.ca/NamingSystem/ca-on-patient-hcn","value":"1234567890AB"}],
				   "name":[{"family":"Tremblay","given":["Anne"]}],"gender":"female","birthDate":"1961-03-04"},
				  {"resourceType":"ImagingStudy","id":"study","status":"available","subject":{"reference":"#pat"},
				   "identifier":[{"system":"urn:dicom:uid","value":"urn:oid:1.2.826.0.1.3680043.8.498.1"}],
				   "modality":[{"system":"http://dicom.nema.org/resources/ontology/DCM","code":"CT"}],
				   "procedureCode":[{"coding":[{"code":"CT100","display":"CT head without contrast"}]}]},
				  {"resourceType":"Practitioner","id":"rad","identifier":[{"system":"https://www.cpso.on.ca","value":"80112"}],
				   "name":[{"family":"Gagnon","given":["Emilie"]}]}],
				 "identifier":[{"type":{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/v2-0203","code":"ACSN"}]},"value":"%1$s"}],
				 "status":"%3$s",
				 "code":{"text":"CT head without contrast"},
				 "subject":{"reference":"#pat"},
				 "imagingStudy":[{"reference":"#study"}],
				 "resultsInterpreter":[{"reference":"#rad"}],
				 "effectiveDateTime":"2026-11-20T08:30:00Z",
				 "issued":"2026-11-20T09:15:00Z",
				 "conclusion":"%4$s"}
				""".formatted(accession, mrn, status, conclusion);
	}

	private String postReport(String email, String body) throws Exception {
		return mvc.perform(as(email, post("/fhir/DiagnosticReport")).contentType(FHIR_JSON).content(body))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", containsString("/fhir/DiagnosticReport/")))
			.andReturn()
			.getResponse()
			.getHeader("Location");
	}

	private String examIdOf(String accession) {
		return jdbc.sql("select id::text from exam where accession_number = ?").param(accession).query(String.class).single();
	}

	@Test
	void aReportPostedWithATokenBecomesAnExamThatCanBeFoundByItsAccession() throws Exception {
		String accession = unique();
		String location = postReport("admin@lakeshore.demo", containedReport(accession, "MRN-" + accession, "final", "No bleed."));
		String id = examIdOf(accession);
		assertThat(location).contains(id);
		assertThat(published).filteredOn(ExamReported.class::isInstance).map(ExamReported.class::cast)
			.anySatisfy(e -> {
				assertThat(e.accession()).isEqualTo(accession);
				assertThat(e.readingRadiologistId()).isEqualTo(people.findByCpso("80112").orElseThrow().id());
				assertThat(e.modality()).isEqualTo("CT");
			});

		mvc.perform(as("lead@lakeshore.demo", get("/fhir/DiagnosticReport").param("identifier", accession)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.resourceType").value("Bundle"))
			.andExpect(jsonPath("$.type").value("searchset"))
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.entry[0].resource.id").value(id))
			.andExpect(jsonPath("$.entry[0].resource.status").value("final"))
			.andExpect(jsonPath("$.entry[0].resource.conclusion").value("No bleed."))
			.andExpect(jsonPath("$.entry[0].resource.contained[0].birthDate").value("1961-03-04"));
		assertThat(published).filteredOn(AuditableEvent.class::isInstance).map(e -> ((AuditableEvent) e).action())
			.contains("intake.exams.listed");

		mvc.perform(as("lead@lakeshore.demo", get("/fhir/DiagnosticReport/{id}", id)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.identifier[0].value").value(accession))
			.andExpect(jsonPath("$.effectiveDateTime").value(containsString("2026-11-20")));
		var exam = jdbc.sql("select patient_mrn, health_card_number, patient_family_name, sex, modality, study_instance_uid, "
				+ "procedure_code, birth_date::text as birth from exam where id = ?::uuid").param(id).query().singleRow();
		assertThat(exam).containsEntry("patient_mrn", "MRN-" + accession).containsEntry("health_card_number", "1234567890AB")
			.containsEntry("patient_family_name", "Tremblay").containsEntry("sex", "F").containsEntry("modality", "CT")
			.containsEntry("study_instance_uid", "1.2.826.0.1.3680043.8.498.1").containsEntry("procedure_code", "CT100")
			.containsEntry("birth", "1961-03-04");
	}

	@Test
	void rePostingTheSameReportDoesNotDuplicateAndLaterStatusesUpdateTheOneExam() throws Exception {
		String accession = unique();
		String admin = "admin@lakeshore.demo";
		mvc.perform(as(admin, post("/fhir/DiagnosticReport")).contentType(FHIR_JSON)
				.content(containedReport(accession, "M1", "preliminary", "Wet read."))).andExpect(status().isCreated());
		mvc.perform(as(admin, post("/fhir/DiagnosticReport")).contentType(FHIR_JSON)
				.content(containedReport(accession, "M1", "final", "Signed."))).andExpect(status().isOk());
		published.clear();
		mvc.perform(as(admin, post("/fhir/DiagnosticReport")).contentType(FHIR_JSON)
				.content(containedReport(accession, "M1", "final", "Signed."))).andExpect(status().isOk());
		assertThat(published).noneMatch(ExamReported.class::isInstance);
		mvc.perform(as(admin, post("/fhir/DiagnosticReport")).contentType(FHIR_JSON)
				.content(containedReport(accession, "M1", "corrected", "Signed, with an addendum."))).andExpect(status().isOk());

		assertThat(jdbc.sql("select count(*) from exam where accession_number = ?").param(accession).query(Long.class).single())
			.isEqualTo(1);
		assertThat(jdbc.sql("select result_status from exam where accession_number = ?").param(accession).query(String.class).single())
			.isEqualTo("CORRECTED");
		assertThat(jdbc.sql("select v.report_text from exam_report_version v join exam e on e.id = v.exam_id "
				+ "where e.accession_number = ? order by v.version").param(accession).query(String.class).list())
			.containsExactly("Wet read.", "Signed.");
		assertThat(jdbc.sql("select effect from exam_submission s join exam e on e.id = s.exam_id where e.accession_number = ? "
				+ "order by s.received_at, s.effect").param(accession).query(String.class).list())
			.contains("CREATED", "UNCHANGED", "UPDATED");
	}

	@Test
	void aTransactionBundleReferencingItsEntriesByUrnMakesAnExam() throws Exception {
		String accession = unique();
		String text = Base64.getEncoder().encodeToString("Findings in the presented form.".getBytes());
		String bundle = """
				{"resourceType":"Bundle","type":"transaction","entry":[
				 {"fullUrl":"urn:uuid:7d1f5a8e-0000-4000-8000-000000000001",
				  "resource":{"resourceType":"Patient","identifier":[{"system":"urn:oid:2.16.840.1.113883.3.239.1","value":"P-%1$s"}],
				   "name":[{"family":"Roy","given":["Marc"]}],"gender":"male","birthDate":"1950-12-31"},
				  "request":{"method":"POST","url":"Patient"}},
				 {"fullUrl":"urn:uuid:7d1f5a8e-0000-4000-8000-000000000002",
				  "resource":{"resourceType":"ImagingStudy","status":"available",
				   "identifier":[{"type":{"coding":[{"code":"ACSN"}]},"value":"%1$s"}],
				   "subject":{"reference":"urn:uuid:7d1f5a8e-0000-4000-8000-000000000001"},
				   "modality":[{"code":"MR"}]},
				  "request":{"method":"POST","url":"ImagingStudy"}},
				 {"fullUrl":"urn:uuid:7d1f5a8e-0000-4000-8000-000000000003",
				  "resource":{"resourceType":"Practitioner","identifier":[{"system":"https://www.cpso.on.ca","value":"80112"}]},
				  "request":{"method":"POST","url":"Practitioner"}},
				 {"fullUrl":"urn:uuid:7d1f5a8e-0000-4000-8000-000000000004",
				  "resource":{"resourceType":"DiagnosticReport","status":"final","code":{"text":"MR knee"},
				   "subject":{"reference":"urn:uuid:7d1f5a8e-0000-4000-8000-000000000001"},
				   "imagingStudy":[{"reference":"urn:uuid:7d1f5a8e-0000-4000-8000-000000000002"}],
				   "resultsInterpreter":[{"reference":"urn:uuid:7d1f5a8e-0000-4000-8000-000000000003"}],
				   "presentedForm":[{"contentType":"text/plain","data":"%2$s"}]},
				  "request":{"method":"POST","url":"DiagnosticReport"}}]}
				""".formatted(accession, text);
		mvc.perform(as("admin@lakeshore.demo", post("/fhir")).contentType(FHIR_JSON).content(bundle))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.type").value("transaction-response"))
			.andExpect(jsonPath("$.entry[3].response.status").value("201 Created"))
			.andExpect(jsonPath("$.entry[3].response.location").value(containsString("DiagnosticReport/")));
		var exam = jdbc.sql("select patient_mrn, modality, report_text, sex, reading_radiologist_id is not null as mapped "
				+ "from exam where accession_number = ?").param(accession).query().singleRow();
		assertThat(exam).containsEntry("patient_mrn", "P-" + accession).containsEntry("modality", "MR")
			.containsEntry("report_text", "Findings in the presented form.").containsEntry("sex", "M").containsEntry("mapped", true);

		mvc.perform(as("lead@lakeshore.demo", get("/fhir/DiagnosticReport").param("patient.identifier", "P-" + accession)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.entry[0].resource.conclusion").value("Findings in the presented form."));
		mvc.perform(as("lead@lakeshore.demo", get("/fhir/DiagnosticReport").param("subject:Patient.identifier", "P-" + accession)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(1));
	}

	@Test
	void aReportNamingItsPatientAndRadiologistByIdentifierOnlyIsAccepted() throws Exception {
		String accession = unique();
		String body = """
				{"resourceType":"DiagnosticReport","status":"final",
				 "identifier":[{"type":{"coding":[{"code":"ACSN"}]},"value":"%1$s"}],
				 "code":{"text":"US abdomen"},
				 "subject":{"identifier":{"system":"https://fhir.infoway-inforoute.ca/NamingSystem/ca-on-patient-hcn","value":"5550001111"}},
				 "resultsInterpreter":[{"identifier":{"system":"https://www.cpso.on.ca","value":"80112"}}],
				 "conclusion":"Normal."}
				""".formatted(accession);
		postReport("admin@lakeshore.demo", body);
		mvc.perform(as("lead@lakeshore.demo", get("/fhir/DiagnosticReport")
				.param("patient.identifier", "https://fhir.infoway-inforoute.ca/NamingSystem/ca-on-patient-hcn|5550001111")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.entry[?(@.resource.identifier[0].value == '" + accession + "')]").exists());
	}

	@Test
	void withoutATokenTheAnswerIs401AsAnOperationOutcomeButTheCapabilityStatementIsPublic() throws Exception {
		mvc.perform(get("/fhir/DiagnosticReport").param("identifier", "X"))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.resourceType").value("OperationOutcome"))
			.andExpect(jsonPath("$.issue[0].code").value("login"));
		mvc.perform(post("/fhir/DiagnosticReport").contentType(FHIR_JSON).content(containedReport(unique(), "M", "final", "x")))
			.andExpect(status().isUnauthorized());
		mvc.perform(get("/fhir/metadata"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.resourceType").value("CapabilityStatement"))
			.andExpect(jsonPath("$.fhirVersion").value("4.0.1"))
			.andExpect(content().string(containsString("DiagnosticReport")));
	}

	@Test
	void badJsonAndAMissingAccessionAreOperationOutcomesWith400And422() throws Exception {
		mvc.perform(as("admin@lakeshore.demo", post("/fhir/DiagnosticReport")).contentType(FHIR_JSON).content("{not json"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.resourceType").value("OperationOutcome"));
		mvc.perform(as("admin@lakeshore.demo", post("/fhir/DiagnosticReport")).contentType(FHIR_JSON)
				.content("{\"resourceType\":\"DiagnosticReport\",\"status\":\"final\",\"code\":{\"text\":\"CT\"},\"conclusion\":\"x\"}"))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.resourceType").value("OperationOutcome"))
			.andExpect(jsonPath("$.issue[0].diagnostics").value(containsString("accession")));
		mvc.perform(as("admin@lakeshore.demo", post("/fhir/DiagnosticReport")).contentType(FHIR_JSON)
				.content(containedReport(unique(), "M", "cancelled", "x")))
			.andExpect(status().isUnprocessableEntity());
	}

	@Test
	void anotherOrganizationGets404AndFindsNothingWhateverItGuesses() throws Exception {
		String accession = unique();
		String location = postReport("admin@lakeshore.demo", containedReport(accession, "MRN-" + accession, "final", "Ok."));
		String id = location.substring(location.lastIndexOf("DiagnosticReport/") + "DiagnosticReport/".length()).split("/")[0];
		mvc.perform(as("lead@northern.demo", get("/fhir/DiagnosticReport/{id}", id)))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.resourceType").value("OperationOutcome"));
		mvc.perform(as("lead@northern.demo", get("/fhir/DiagnosticReport").param("identifier", accession)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(0));
		mvc.perform(as("lead@northern.demo", get("/fhir/DiagnosticReport/{id}", "not-a-uuid"))).andExpect(status().isNotFound());
		mvc.perform(as("lead@lakeshore.demo", get("/fhir/DiagnosticReport/{id}", id)).header("X-Organization", UUID.randomUUID()))
			.andExpect(status().isNotFound());
	}

	@Test
	void aRadiologistMayNotReadReportsThroughFhirNorSendThem() throws Exception {
		mvc.perform(as("rad1@lakeshore.demo", get("/fhir/DiagnosticReport").param("identifier", "X")))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.resourceType").value("OperationOutcome"));
		mvc.perform(as("rad1@lakeshore.demo", post("/fhir/DiagnosticReport")).contentType(FHIR_JSON)
				.content(containedReport(unique(), "M", "final", "x")))
			.andExpect(status().isForbidden());
	}
}
