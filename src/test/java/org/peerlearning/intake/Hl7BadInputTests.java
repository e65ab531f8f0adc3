package org.peerlearning.intake;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.peerlearning.ApplicationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peerlearning.intake.TestMessages.header;
import static org.peerlearning.intake.TestMessages.oru;
import static org.peerlearning.intake.TestMessages.unique;

/** Bad input gets a negative acknowledgement that says why, is kept for inspection, and never stops the listener. */
@ApplicationTest
class Hl7BadInputTests {

	@Autowired
	MllpEndpoint mllp;

	@Autowired
	JdbcClient jdbc;

	private String good() {
		return oru(unique("GOOD"), unique("ACC"), "F", null, "No acute findings.");
	}

	@Test
	void junkInAFrameIsRefusedAndTheSameConnectionKeepsServing() throws Exception {
		try (MllpClient client = new MllpClient(mllp.port())) {
			String nak = client.send(new byte[] { 'g', 'a', 'r', (byte) 0xff, 0x01, 'b', 'a', 'g', 'e' });
			assertThat(MllpClient.code(nak)).isEqualTo("AR");
			assertThat(nak).contains("ERR|").contains("does not start with a readable MSH segment");
			assertThat(MllpClient.code(client.send(good()))).isEqualTo("AA");
		}
	}

	@Test
	void anEmptyFrameIsRefused() throws Exception {
		try (MllpClient client = new MllpClient(mllp.port())) {
			assertThat(client.send(new byte[0])).contains("MSA|AR|").contains("Empty message");
			assertThat(MllpClient.code(client.send(good()))).isEqualTo("AA");
		}
	}

	@Test
	void aMessageSentWithoutMllpFramingIsAnsweredWithANakThatNamesIt() throws Exception {
		String controlId = unique("UNFRAMED");
		try (MllpClient client = new MllpClient(mllp.port())) {
			client.sendRaw(oru(controlId, unique("ACC"), "F", null, "text").getBytes(StandardCharsets.US_ASCII));
			String nak = client.read(StandardCharsets.ISO_8859_1);
			assertThat(nak).contains("MSA|AR|" + controlId).contains("no <VT> start block");
			assertThat(MllpClient.code(client.send(good()))).isEqualTo("AA");
		}
		assertThat(status(controlId)).isEqualTo("REJECTED");
	}

	@Test
	void anUnparseableMessageAmongGoodOnesIsRejectedAndStoredWhileTheOthersAreAccepted() throws Exception {
		String badId = unique("BAD");
		String bad = header("LGH", "ORU^R01", badId, "9.9", null) + "PID|1||X\rOBR|1||" + unique("ACC") + "\r";
		try (MllpClient client = new MllpClient(mllp.port())) {
			assertThat(MllpClient.code(client.send(good()))).isEqualTo("AA");
			String nak = client.send(bad);
			assertThat(nak).contains("MSA|AE|" + badId).contains("could not be parsed");
			assertThat(MllpClient.code(client.send(good()))).isEqualTo("AA");
		}
		assertThat(status(badId)).isEqualTo("REJECTED");
		byte[] raw = jdbc.sql("select raw from hl7_message where control_id = ?").param(badId).query(byte[].class).single();
		assertThat(new String(raw, StandardCharsets.UTF_8)).isEqualTo(bad);
	}

	@Test
	void anUnsupportedMessageTypeIsRejectedWithTheReason() throws Exception {
		String controlId = unique("ADT");
		try (MllpClient client = new MllpClient(mllp.port())) {
			String nak = client.send(header("LGH", "ADT^A01", controlId, "2.5.1", null) + "PID|1||X\r");
			assertThat(nak).contains("MSA|AR|" + controlId).contains("200^Unsupported message type");
		}
	}

	@Test
	void aResultWithoutAnAccessionNumberIsAnApplicationError() throws Exception {
		String controlId = unique("NOACC");
		try (MllpClient client = new MllpClient(mllp.port())) {
			String nak = client.send(header("LGH", "ORU^R01", controlId, "2.5.1", null) + "PID|1||X\rOBR|1\rOBX|1|TX|||t\r");
			assertThat(nak).contains("MSA|AE|" + controlId).contains("101^Required field missing");
		}
	}

	@Test
	void aFrameInterruptedByANewStartBlockIsRefusedAndTheNextMessageAccepted() throws Exception {
		String controlId = unique("CUT");
		try (MllpClient client = new MllpClient(mllp.port())) {
			client.sendRaw(("\u000b" + oru(controlId, unique("ACC"), "F", null, "cut")).getBytes(StandardCharsets.US_ASCII));
			assertThat(MllpClient.code(client.send(good()))).isEqualTo("AR");
			assertThat(MllpClient.code(client.read(StandardCharsets.ISO_8859_1))).isEqualTo("AA");
		}
	}

	private String status(String controlId) {
		return jdbc.sql("select status from hl7_message where control_id = ? order by received_at desc limit 1")
			.param(controlId)
			.query(String.class)
			.single();
	}
}
