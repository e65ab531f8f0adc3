package org.peerlearning.intake.hl7;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;

import ca.uhn.hl7v2.HapiContext;
import ca.uhn.hl7v2.parser.PipeParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.peerlearning.intake.ResultStatus;
import org.peerlearning.intake.ScoutCorpus;
import org.peerlearning.intake.domain.ExamMessage;

import static org.assertj.core.api.Assertions.assertThat;

class ReportReaderTests {

	private static final HapiContext hapi = Hl7Intake.newContext();

	private final PipeParser parser = hapi.getPipeParser();

	private final ReportReader reader = new ReportReader(ZoneId.of("America/Toronto"));

	@AfterAll
	static void close() throws Exception {
		hapi.close();
	}

	private ExamMessage read(String message) throws Exception {
		String text = Hl7Intake.normalize(message);
		MshHeader header = MshHeader.read(text);
		List<ExamMessage> exams = reader.read(parser.parse(text), header, text);
		assertThat(exams).hasSize(1);
		return exams.get(0);
	}

	private ExamMessage scout(String file, int index) throws Exception {
		byte[] raw = ScoutCorpus.messages(Path.of(ScoutCorpus.ROOT.toString(), file)).get(index);
		return read(new String(raw, StandardCharsets.ISO_8859_1));
	}

	@Test
	void everyScoutMessageParsesIntoAnExamWithAnAccessionAndAReport() throws Exception {
		int count = 0;
		for (Path file : ScoutCorpus.files()) {
			for (byte[] raw : ScoutCorpus.messages(file)) {
				ExamMessage exam = read(new String(raw, StandardCharsets.ISO_8859_1));
				assertThat(exam.accession()).as(file.toString()).isNotBlank();
				if (new String(raw, StandardCharsets.ISO_8859_1).contains("\rOBX|")) {
					assertThat(exam.hasReport()).as(file.toString()).isTrue();
				}
				if (exam.hasReport()) {
					assertThat(exam.status()).as(file.toString()).isIn(ResultStatus.PRELIMINARY, ResultStatus.FINAL);
				}
				count++;
			}
		}
		assertThat(count).isGreaterThan(400);
	}

	@Test
	void aVersion24ReportTakesItsStatusFromTheObservationsAndItsReaderFromObr32() throws Exception {
		ExamMessage exam = scout("1994/19940715.log", 0);
		assertThat(exam.accession()).isEqualTo("7795083283");
		assertThat(exam.status()).isEqualTo(ResultStatus.FINAL);
		assertThat(exam.radiologistRawId()).isEqualTo("D7823244");
		assertThat(exam.radiologistRawName()).isEqualTo("JOE MEDRANO");
		assertThat(exam.patientMrn()).isEqualTo("ABC451121");
		assertThat(exam.modality()).isEqualTo("MR");
		assertThat(exam.reportText()).contains("IMPRESSION:\nNo acute intracranial pathology");
	}

	@Test
	void aSiteWrittenPrelimStatusIsPreliminary() throws Exception {
		assertThat(scout("1995/19950402.log", 1).status()).isEqualTo(ResultStatus.PRELIMINARY);
		assertThat(scout("curation/20260126.log", 0).status()).isEqualTo(ResultStatus.PRELIMINARY);
	}

	@Test
	void aVersion27ReportJoinsItsObservationLinesInOrderAndFindsTheStudyUid() throws Exception {
		ExamMessage exam = scout("1994/19940902.log", 0);
		assertThat(exam.status()).isEqualTo(ResultStatus.FINAL);
		assertThat(exam.modality()).isEqualTo("DX");
		assertThat(exam.bodyPart()).isEqualTo("ABDOMEN");
		assertThat(exam.radiologistRawId()).isEqualTo("D7823237");
		assertThat(exam.studyInstanceUid()).isEqualTo("2.25.252048620030822737665004918868985240788");
		assertThat(exam.reportText()).startsWith("EXAMINATION: Abdominal X-ray\n\nIMPRESSION:")
			.contains("with no signs of bowel obstruction or perforation. The abdomen\nradiograph demonstrates");
	}

	@Test
	void escapeSequencesInTheReportAreDecoded() throws Exception {
		ExamMessage exam = read("MSH|^~\\&|RIS|LGH|PL|PL|20260101120000||ORU^R01|E1|P|2.5.1\r"
				+ "PID|1||MRN1^^^LGH^MR~1234567890AB^^^ON^JHN||DOE^JANE||19700101|F\r"
				+ "OBR|1||ACC-E1|CT123^CT HEAD|||20260101110000|||||||||||||||20260101120000||CT|F|||||||80111&Okafor&Daniel\r"
				+ "OBX|1|FT|||Pipes \\F\\ carets \\S\\ amps \\T\\ tildes \\R\\ slash \\E\\.\\.br\\Next line \\X41\\.||||||F\r");
		assertThat(exam.reportText()).isEqualTo("Pipes | carets ^ amps & tildes ~ slash \\.\nNext line A.");
		assertThat(exam.healthCardNumber()).isEqualTo("1234567890AB");
		assertThat(exam.radiologistRawId()).isEqualTo("80111");
		assertThat(exam.radiologistRawName()).isEqualTo("Daniel Okafor");
	}

	@Test
	void anOrderIsAPendingExamWithoutReport() throws Exception {
		ExamMessage exam = read("MSH|^~\\&|RIS|LGH|PL|PL|20260101120000||ORM^O01|O1|P|2.3\r"
				+ "PID|1||MRN2^^^LGH^MR||DOE^JOHN||19600101|M\r"
				+ "ORC|NW|P1|ACC-O1||SC\r"
				+ "OBR|1|P1|ACC-O1|US1^US ABDOMEN|||20260101100000\r");
		assertThat(exam.kind()).isEqualTo(ExamMessage.Kind.ORDER);
		assertThat(exam.status()).isEqualTo(ResultStatus.PENDING);
		assertThat(exam.modality()).isEqualTo("US");
		assertThat(exam.reportText()).isNull();
	}
}
