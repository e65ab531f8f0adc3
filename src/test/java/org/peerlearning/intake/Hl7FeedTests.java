package org.peerlearning.intake;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.peerlearning.ApplicationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The whole scout corpus, sent over a real MLLP socket to the running application. */
@ApplicationTest
class Hl7FeedTests {

	@Autowired
	MllpEndpoint mllp;

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyScoutMessageIsAcceptedOverARealMllpSocketAndAResendIsAppliedOnce() throws Exception {
		List<String> refused = new ArrayList<>();
		int duplicates = 0;
		int sent = 0;
		try (MllpClient client = new MllpClient(mllp.port())) {
			for (Path file : ScoutCorpus.files()) {
				for (byte[] message : ScoutCorpus.messages(file)) {
					String ack = client.send(message);
					sent++;
					if (!"AA".equals(MllpClient.code(ack))) {
						refused.add(file + ": " + ack);
					}
					duplicates += ack.contains("Already received") ? 1 : 0;
				}
			}
		}
		assertThat(refused).isEmpty();
		assertThat(sent).isGreaterThan(400);
		assertThat(duplicates).as("the resent message, and any sent by another test first").isPositive();
		assertThat(jdbc.sql("select count(*) from hl7_message where control_id = ? and status = 'ACCEPTED'")
			.param("2.25.171889262008186156123889315933832596192")
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from exam where accession_number = ?").param(resentAccession()).query(Long.class).single())
			.isEqualTo(1);
	}

	private String resentAccession() {
		return jdbc.sql("select e.accession_number from exam e join hl7_message m on m.exam_id = e.id where m.control_id = ?")
			.param("2.25.171889262008186156123889315933832596192")
			.query(String.class)
			.single();
	}

	@Test
	void isoLatin1AndUtf8ScoutMessagesKeepTheirCharacters() throws Exception {
		try (MllpClient client = new MllpClient(mllp.port())) {
			for (String file : List.of("extraction/20250814.log", "1996/19960914.log")) {
				for (byte[] message : ScoutCorpus.messages(Path.of(ScoutCorpus.ROOT.toString(), file))) {
					client.send(message); // accepted, or acknowledged again if the corpus test ran first
				}
			}
		}
		assertThat(jdbc.sql("""
				select count(*) from (select report_text from exam union all select report_text from exam_report_version) r
				where report_text like ?""").param("%\u00b160%\u00f7%").query(Long.class).single()).isPositive();
		assertThat(jdbc.sql("select patient_family_name from exam where accession_number = '7795083202'")
			.query(String.class)
			.single()).isEqualTo(new String("ΑΡΓΎΡΗΣ".getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));
	}
}
