package org.peerlearning.intake.csv;

import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.peerlearning.intake.ResultStatus;
import org.peerlearning.intake.csv.CsvRecords.Row;
import org.peerlearning.intake.domain.ExamMessage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvRecordsTests {

	private static List<Row> rows(String text) throws IOException {
		CsvRecords records = new CsvRecords(new StringReader(text));
		List<Row> rows = new ArrayList<>();
		Row row;
		while ((row = records.next()) != null) {
			rows.add(row);
		}
		return rows;
	}

	@Test
	void quotedFieldsMayHoldCommasQuotesAndLineBreaksAndLinesAreCountedThroughThem() throws IOException {
		List<Row> rows = rows("a,b,c\r\n1,\"two, \"\"quoted\"\"\",3\r\n4,\"line one\nline two\",6\n7,,9");
		assertThat(rows).hasSize(4);
		assertThat(rows.get(1).fields()).containsExactly("1", "two, \"quoted\"", "3");
		assertThat(rows.get(2).fields()).containsExactly("4", "line one\nline two", "6");
		assertThat(rows.get(2).line()).isEqualTo(3);
		assertThat(rows.get(3).line()).isEqualTo(5);
		assertThat(rows.get(3).fields()).containsExactly("7", "", "9");
	}

	@Test
	void aQuotedFieldThatNeverEndsIsAnErrorNotAHang() {
		assertThatThrownBy(() -> rows("a,b\n1,\"never closed\n")).isInstanceOf(IOException.class).hasMessageContaining("line 2");
	}

	@Test
	void headerNamesAreMatchedLooselyAndLocalTimesAreReadInTheHospitalZone() {
		ExamRows header = ExamRows.header(List.of("\uFEFFAccession", "Status", "Exam Time", "report-time", "Patient Name", "sex"),
				ZoneId.of("America/Toronto"));
		ExamMessage message = header.read(List.of("A1", "Final", "2026-01-15 09:30", "2026-01-15T10:00:00Z", "Roy, Marc", "male"));
		assertThat(message.accession()).isEqualTo("A1");
		assertThat(message.status()).isEqualTo(ResultStatus.FINAL);
		assertThat(message.examAt()).isEqualTo(Instant.parse("2026-01-15T14:30:00Z"));
		assertThat(message.reportedAt()).isEqualTo(Instant.parse("2026-01-15T10:00:00Z"));
		assertThat(message.patientFamilyName()).isEqualTo("Roy");
		assertThat(message.patientGivenName()).isEqualTo("Marc");
		assertThat(message.sex()).isEqualTo("M");
	}

	@Test
	void aFileWithoutAccessionOrStatusColumnsIsRefusedAsAWhole() {
		assertThatThrownBy(() -> ExamRows.header(List.of("mrn", "status"), ZoneId.of("UTC")))
			.hasMessageContaining("accession");
	}

	@Test
	void badValuesAreRowErrorsThatSayWhichColumn() {
		ExamRows header = ExamRows.header(List.of("accession", "status", "birth_date", "exam_time"), ZoneId.of("UTC"));
		assertThatThrownBy(() -> header.read(List.of("A", "signed"))).hasMessageContaining("status");
		assertThatThrownBy(() -> header.read(List.of("A", "final", "15/01/1960"))).hasMessageContaining("birth_date");
		assertThatThrownBy(() -> header.read(List.of("A", "final", "", "yesterday"))).hasMessageContaining("exam_time");
		assertThatThrownBy(() -> header.read(List.of("", "final"))).hasMessageContaining("accession");
	}

	@Test
	void errorValuesThatLookLikeFormulasAreDefusedInTheErrorsFile() {
		assertThat(ImportJobs.csv("=HYPERLINK(1)")).isEqualTo("'=HYPERLINK(1)");
		assertThat(ImportJobs.csv("a, \"b\"")).isEqualTo("\"a, \"\"b\"\"\"");
	}
}
