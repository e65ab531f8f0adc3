package org.peerlearning.intake.hl7;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.peerlearning.intake.ResultStatus;

import static org.assertj.core.api.Assertions.assertThat;

class Hl7BasicsTests {

	@Test
	void theHeaderIsReadWithoutTheParser() {
		MshHeader header = MshHeader.read("MSH|^~\\&|RIS^1.2^ISO|LGH|PL|DEPT|20260101||ORU^R01^ORU_R01|C-1|P|2.4||||||8859/1\rPID|1");
		assertThat(header.sendingApplication()).isEqualTo("RIS");
		assertThat(header.sendingFacility()).isEqualTo("LGH");
		assertThat(header.receivingFacility()).isEqualTo("DEPT");
		assertThat(header.messageType()).isEqualTo("ORU^R01");
		assertThat(header.controlId()).isEqualTo("C-1");
		assertThat(header.version()).isEqualTo("2.4");
		assertThat(header.charset()).isEqualTo("8859/1");
		assertThat(MshHeader.read("garbage")).isNull();
		assertThat(MshHeader.read("MSH|")).isNull();
	}

	@Test
	void siteSpellingsOfResultStatusAreUnderstood() {
		assertThat(StatusMapping.read("Final")).isEqualTo(ResultStatus.FINAL);
		assertThat(StatusMapping.read("F")).isEqualTo(ResultStatus.FINAL);
		assertThat(StatusMapping.read("Prelim")).isEqualTo(ResultStatus.PRELIMINARY);
		assertThat(StatusMapping.read("Wet Read")).isEqualTo(ResultStatus.PRELIMINARY);
		assertThat(StatusMapping.read("P")).isEqualTo(ResultStatus.PRELIMINARY);
		assertThat(StatusMapping.read("C")).isEqualTo(ResultStatus.CORRECTED);
		assertThat(StatusMapping.read("")).isNull();
		assertThat(StatusMapping.read("whatever")).isNull();
	}

	@Test
	void escapeSequencesAreDecodedWithTheMessagesOwnDelimiters() {
		assertThat(Hl7Text.unescape("a\\F\\b\\S\\c\\T\\d\\R\\e\\E\\f\\.br\\g\\X4142\\h\\H\\i\\N\\", "^~\\&", '|'))
			.isEqualTo("a|b^c&d~e\\f\ngABhi");
		assertThat(Hl7Text.unescape("C:\\no-escape-here", "^~\\&", '|')).isEqualTo("C:\\no-escape-here");
		assertThat(Hl7Text.unescape("x#F#y", "^~#&", '|')).isEqualTo("x|y");
	}

	@Test
	void undeclaredBytesAreUtf8WhenValidAndLatin1Otherwise() {
		assertThat(Hl7Charsets.choose("Gagné".getBytes(StandardCharsets.UTF_8), null)).isEqualTo(StandardCharsets.UTF_8);
		assertThat(Hl7Charsets.choose("Gagné".getBytes(StandardCharsets.ISO_8859_1), null)).isEqualTo(StandardCharsets.ISO_8859_1);
		assertThat(Hl7Charsets.choose("Gagné".getBytes(StandardCharsets.ISO_8859_1), "8859/1")).isEqualTo(StandardCharsets.ISO_8859_1);
		assertThat(Hl7Charsets.choose("Gagné".getBytes(StandardCharsets.UTF_8), "UNICODE UTF-8")).isEqualTo(StandardCharsets.UTF_8);
		assertThat(Hl7Charsets.choose("plain".getBytes(StandardCharsets.US_ASCII), "ASCII")).isEqualTo(StandardCharsets.US_ASCII);
	}

	@Test
	void timesWithoutOffsetAreLocalToTheHospital() {
		ZoneId toronto = ZoneId.of("America/Toronto");
		assertThat(Hl7Time.instant("20260115103000", toronto)).isEqualTo(Instant.parse("2026-01-15T15:30:00Z"));
		assertThat(Hl7Time.instant("202601151030-0500", toronto)).isEqualTo(Instant.parse("2026-01-15T15:30:00Z"));
		assertThat(Hl7Time.instant("20260115103000.1234+0000", toronto)).isEqualTo(Instant.parse("2026-01-15T10:30:00Z"));
		assertThat(Hl7Time.instant("bad", toronto)).isNull();
	}

	@Test
	void acknowledgementsEscapeTheReasonAndCarryTheErrorBothWays() {
		MshHeader header = MshHeader.read("MSH|^~\\&|RIS|LGH|PL|DEPT|20260101||ORU^R01|C-9|P|2.3");
		String nak = Acknowledgements.ack(header,
				new Outcome(Outcome.Code.AE, Outcome.ErrorCode.DATA_TYPE, "bad | field ^ here", null));
		assertThat(nak).startsWith("MSH|^~\\&|PL|DEPT|RIS|LGH|").contains("|ACK^R01^ACK|").contains("\rMSA|AE|C-9|bad \\F\\ field \\S\\ here\r")
			.contains("\rERR|^^^102&Data type error||102^Data type error^HL70357|E||||bad \\F\\ field \\S\\ here\r");
	}
}
