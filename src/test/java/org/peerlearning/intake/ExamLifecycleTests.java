package org.peerlearning.intake;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerlearning.ApplicationTest;
import org.peerlearning.identity.People;
import org.peerlearning.intake.domain.RadiologistResolver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.event.ApplicationEventMulticaster;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peerlearning.intake.TestMessages.header;
import static org.peerlearning.intake.TestMessages.oru;
import static org.peerlearning.intake.TestMessages.unique;

/** What messages do to exams: one exam per accession, reports that move forward and keep their history. */
@ApplicationTest
class ExamLifecycleTests {

	@Autowired
	MllpEndpoint mllp;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	People people;

	@Autowired
	RadiologistResolver radiologists;

	@Autowired
	ApplicationEventMulticaster multicaster;

	private final List<ExamReported> reported = new CopyOnWriteArrayList<>();

	private final ApplicationListener<ApplicationEvent> listener = event -> {
		if (event instanceof PayloadApplicationEvent<?> payload && payload.getPayload() instanceof ExamReported examReported) {
			reported.add(examReported);
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

	private String send(String message) throws Exception {
		try (MllpClient client = new MllpClient(mllp.port())) {
			return client.send(message);
		}
	}

	private Map<String, Object> exam(String accession) {
		return jdbc.sql("select * from exam where accession_number = ?").param(accession).query().singleRow();
	}

	@Test
	void aResendWithTheSameControlIdIsAcknowledgedAgainButAppliedOnce() throws Exception {
		String accession = unique("ACC");
		String message = oru(unique("ONCE"), accession, "F", null, "Normal study.");
		assertThat(MllpClient.code(send(message))).isEqualTo("AA");
		String again = send(message);
		assertThat(MllpClient.code(again)).isEqualTo("AA");
		assertThat(again).contains("Already received");
		assertThat(jdbc.sql("select count(*) from exam where accession_number = ?").param(accession).query(Long.class).single())
			.isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from exam_report_version v join exam e on e.id = v.exam_id where e.accession_number = ?")
			.param(accession).query(Long.class).single()).isZero();
		assertThat(reported).filteredOn(e -> e.accession().equals(accession)).hasSize(1);
	}

	@Test
	void preliminaryThenFinalThenCorrectedUpdateOneExamAndKeepThePreviousReports() throws Exception {
		String accession = unique("ACC");
		assertThat(MllpClient.code(send(oru(unique("P"), accession, "Wet Read", null, "Wet read: no bleed.")))).isEqualTo("AA");
		assertThat(exam(accession)).containsEntry("result_status", "PRELIMINARY");
		assertThat(MllpClient.code(send(oru(unique("F"), accession, "Final", null, "No intracranial hemorrhage.")))).isEqualTo("AA");
		assertThat(MllpClient.code(send(oru(unique("C"), accession, "C", null, "No intracranial hemorrhage.",
				"ADDENDUM: small left frontal contusion.")))).isEqualTo("AA");

		Map<String, Object> exam = exam(accession);
		assertThat(exam).containsEntry("result_status", "CORRECTED")
			.containsEntry("report_text", "No intracranial hemorrhage.\nADDENDUM: small left frontal contusion.");
		List<Map<String, Object>> versions = jdbc.sql(
				"select version, result_status, report_text from exam_report_version where exam_id = ? order by version")
			.param(exam.get("id"))
			.query()
			.listOfRows();
		assertThat(versions).extracting(v -> v.get("result_status")).containsExactly("PRELIMINARY", "FINAL");
		assertThat(versions).extracting(v -> v.get("report_text"))
			.containsExactly("Wet read: no bleed.", "No intracranial hemorrhage.");
		assertThat(reported).filteredOn(e -> e.accession().equals(accession)).hasSize(2);
	}

	@Test
	void aLatePreliminaryNeverOverwritesTheFinalReport() throws Exception {
		String accession = unique("ACC");
		send(oru(unique("F"), accession, "F", null, "Final words."));
		assertThat(MllpClient.code(send(oru(unique("P"), accession, "P", null, "Early words.")))).isEqualTo("AA");
		assertThat(exam(accession)).containsEntry("result_status", "FINAL").containsEntry("report_text", "Final words.");
	}

	@Test
	void aFinalReportPublishesExamReportedWithTheRadiologistFoundByCpsoNumber() throws Exception {
		String accession = unique("ACC");
		send(oru(unique("CPSO"), accession, "F", "80111^Okafor^Daniel", "Normal head CT."));
		var okafor = people.findByCpso("80111").orElseThrow().id();
		assertThat(exam(accession)).containsEntry("reading_radiologist_id", okafor.value());
		assertThat(reported).filteredOn(e -> e.accession().equals(accession)).singleElement().satisfies(event -> {
			assertThat(event.readingRadiologistId()).isEqualTo(okafor);
			assertThat(event.modality()).isEqualTo("CT");
			assertThat(event.bodyPart()).isEqualTo("HEAD");
			assertThat(event.examAt()).isNotNull();
		});
	}

	@Test
	void aRadiologistNobodyKnowsIsListedForAnAdministratorToMap() throws Exception {
		String rawId = unique("DR");
		send(oru(unique("UNK"), unique("ACC"), "F", rawId + "^Nobody^Known", "Text."));
		send(oru(unique("UNK"), unique("ACC"), "F", rawId + "^Nobody^Known", "Text."));
		radiologists.flush();
		assertThat(jdbc.sql("select message_count, raw_name from unmapped_radiologist where raw_identifier = ?")
			.param(rawId).query().singleRow()).containsEntry("message_count", 2L).containsEntry("raw_name", "Known Nobody");
	}

	@Test
	void anOrderCreatesAPendingExamThatItsResultCompletes() throws Exception {
		String accession = unique("ACC");
		String order = header("LWH", "ORM^O01", unique("ORM"), "2.3", null) + "PID|1||MRN9^^^LWH^MR||ORDER^ONLY||19800101|M\r"
				+ "ORC|NW||" + accession + "\rOBR|1||" + accession + "|US1^US ABDOMEN|||20260115080000\r";
		assertThat(MllpClient.code(send(order))).isEqualTo("AA");
		assertThat(exam(accession)).containsEntry("result_status", "PENDING").containsEntry("modality", "US");
		assertThat(exam(accession).get("site_id")).as("the demo site whose code is the sending facility").isNotNull();
		send(oru(unique("RES"), accession, "F", null, "Gallstones."));
		assertThat(exam(accession)).containsEntry("result_status", "FINAL").containsEntry("report_text", "Gallstones.");
	}

	@Test
	void anImagingOrderCarriesItsStudyInstanceUid() throws Exception {
		String accession = unique("ACC");
		String order = header("LGH", "OMI^O23", unique("OMI"), "2.5.1", null) + "PID|1||MRN8^^^LGH^MR||OMI^PAT\r"
				+ "ORC|NW||" + accession + "\rOBR|1||" + accession + "|MR1^MRI KNEE\rIPC|" + accession + "|1|1.2.840.113619.2.5.99|S1\r";
		assertThat(MllpClient.code(send(order))).isEqualTo("AA");
		assertThat(exam(accession)).containsEntry("study_instance_uid", "1.2.840.113619.2.5.99").containsEntry("modality", "MR");
	}

	@Test
	void aBatchIsAcceptedMessageByMessage() throws Exception {
		String first = unique("ACC");
		String second = unique("ACC");
		String batch = "FHS|^~\\&|RIS|LGH\rBHS|^~\\&|RIS|LGH\r" + oru(unique("B1"), first, "F", null, "One.")
				+ oru(unique("B2"), second, "F", null, "Two.") + "BTS|2\rFTS|1\r";
		String ack = send(batch);
		assertThat(ack.split("MSA\\|AA\\|", -1)).hasSize(3);
		assertThat(exam(first)).containsEntry("report_text", "One.");
		assertThat(exam(second)).containsEntry("report_text", "Two.");
	}

	@Test
	void latin1WithoutDeclarationAndDeclaredCharsetsAreDecodedRight() throws Exception {
		String plain = unique("ACC");
		byte[] latin1 = oru(unique("L1"), plain, "F", null, "Lésion stable à droite.").getBytes(StandardCharsets.ISO_8859_1);
		assertThat(MllpClient.code(sendBytes(latin1))).isEqualTo("AA");
		assertThat(exam(plain)).containsEntry("report_text", "Lésion stable à droite.");

		String declared = unique("ACC");
		String utf8 = oru(unique("U8"), declared, "F", null, "Œdème périlésionnel.")
			.replace("|P|2.5.1\r", "|P|2.5.1||||||UNICODE UTF-8\r");
		assertThat(MllpClient.code(sendBytes(utf8.getBytes(StandardCharsets.UTF_8)))).isEqualTo("AA");
		assertThat(exam(declared)).containsEntry("report_text", "Œdème périlésionnel.");

		String latinDeclared = unique("ACC");
		String iso = oru(unique("I1"), latinDeclared, "F", null, "Côte fracturée.").replace("|P|2.5.1\r", "|P|2.5.1||||||8859/1\r");
		assertThat(MllpClient.code(sendBytes(iso.getBytes(StandardCharsets.ISO_8859_1)))).isEqualTo("AA");
		assertThat(exam(latinDeclared)).containsEntry("report_text", "Côte fracturée.");
	}

	@Test
	void escapesAndMultipleObservationsMakeOneReadableReport() throws Exception {
		String accession = unique("ACC");
		send(oru(unique("ESC"), accession, "F", null, "FINDINGS: size 3\\S\\4 cm\\.br\\margins \\T\\ septa", "",
				"IMPRESSION: benign\\F\\stable"));
		assertThat(exam(accession)).containsEntry("report_text",
				"FINDINGS: size 3^4 cm\nmargins & septa\n\nIMPRESSION: benign|stable");
	}

	@Test
	void theAcknowledgementComesOnlyAfterTheExamIsStored() throws Exception {
		String accession = unique("ACC");
		long start = System.nanoTime();
		assertThat(MllpClient.code(send(oru(unique("DUR"), accession, "F", null, "Stored first.")))).isEqualTo("AA");
		assertThat(exam(accession)).containsEntry("report_text", "Stored first.");
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
	}

	private String sendBytes(byte[] bytes) throws Exception {
		try (MllpClient client = new MllpClient(mllp.port())) {
			return client.send(bytes);
		}
	}
}
