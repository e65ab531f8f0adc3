package org.peerlearning.intake.hl7;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import ca.uhn.hl7v2.HapiContext;
import ca.uhn.hl7v2.parser.PipeParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.peerlearning.intake.ScoutCorpus;
import org.peerlearning.intake.TestMessages;
import org.peerlearning.intake.domain.ExamMessage;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reader that skips HAPI's model must read exactly what HAPI and {@link ReportReader} read,
 * message by message, over the whole test corpus; what it does not recognise it must leave to HAPI.
 */
class PlainResultReaderTests {

	private static final ZoneId TORONTO = ZoneId.of("America/Toronto");

	private static final HapiContext hapi = Hl7Intake.newContext();

	private final PipeParser parser = hapi.getPipeParser();

	private final ReportReader reader = new ReportReader(TORONTO);

	private final PlainResultReader plain = new PlainResultReader(TORONTO);

	@AfterAll
	static void close() throws Exception {
		hapi.close();
	}

	@Test
	void everyCorpusMessageThePlainReaderTakesIsReadExactlyAsHapiReadsIt() throws Exception {
		int results = 0;
		int taken = 0;
		List<String> differences = new ArrayList<>();
		for (Path file : ScoutCorpus.files()) {
			List<byte[]> messages = ScoutCorpus.messages(file);
			for (int i = 0; i < messages.size(); i++) {
				String text = decode(messages.get(i));
				MshHeader header = MshHeader.read(text);
				if (header == null || text.startsWith("FHS") || text.startsWith("BHS")) {
					continue;
				}
				results += "ORU^R01".equals(header.messageType()) ? 1 : 0;
				List<ExamMessage> fast = plain.read(text, header);
				if (fast == null) {
					continue;
				}
				taken++;
				List<ExamMessage> slow = reader.read(parser.parse(text), header, text);
				if (!fast.equals(slow)) {
					differences.add(file.getFileName() + " #" + i + "\n  plain: " + fast + "\n  hapi:  " + slow);
				}
			}
		}
		assertThat(differences).isEmpty();
		assertThat(taken).as("plain result messages taken out of %d results", results).isGreaterThan(results / 3);
	}

	@Test
	void escapesRepeatedIdentifiersAndSeveralOrdersAreReadAsHapiReadsThem() throws Exception {
		String accession = TestMessages.unique("ACC");
		String message = TestMessages.oru(TestMessages.unique("ESC"), accession, "Final", "80111^OKAFOR^DANIEL",
				"FINDINGS: size 3\\S\\4 cm\\.br\\margins \\T\\ septa", "", "IMPRESSION: benign\\F\\stable")
			.replace("||TESTER^PAT||", "||O\\T\\BRIEN^PAT\\S\\X||")
			+ "ORC|RE||" + accession + "-2||CM\rOBR|2||" + accession + "-2|XR1^XR CHEST|||20260115091500||||||||||||||||CR\r"
			+ "OBX|1|TX|&GDT||Second exam.||||||F|||||80112&GAGNON&EMILIE\r";
		String text = Hl7Intake.normalize(message);
		MshHeader header = MshHeader.read(text);
		List<ExamMessage> fast = plain.read(text, header);
		assertThat(fast).hasSize(2);
		assertThat(fast).isEqualTo(reader.read(parser.parse(text), header, text));
		assertThat(fast.get(1).radiologistRawId()).isEqualTo("80112");
	}

	@Test
	void messagesOutsideThePlainShapeAreLeftToHapi() {
		String result = TestMessages.oru("C1", "A1", "F", null, "Text.");
		String withZSegment = result + "ZDS|1.2.3.4^^Application^DICOM\r";
		String order = result.replace("ORU^R01^ORU_R01", "ORM^O01");
		String noPatient = result.replace(result.substring(result.indexOf("PID|"), result.indexOf("ORC|")), "");
		String unknownVersion = result.replace("|P|2.5.1", "|P|9.9");
		for (String message : List.of(withZSegment, order, noPatient, unknownVersion)) {
			String text = Hl7Intake.normalize(message);
			assertThat(plain.read(text, MshHeader.read(text))).as(message).isNull();
		}
	}

	/** Decoded the way {@link Hl7Intake#receive} decodes a frame. */
	private static String decode(byte[] payload) {
		String latin = Hl7Intake.normalize(new String(payload, StandardCharsets.ISO_8859_1));
		MshHeader peek = MshHeader.read(latin);
		Charset charset = Hl7Charsets.choose(payload, peek == null ? null : peek.charset());
		return charset.equals(StandardCharsets.ISO_8859_1) ? latin : Hl7Intake.normalize(new String(payload, charset));
	}
}
