package org.peerlearning.intake;

import java.util.UUID;

/** HL7 messages for tests, each with its own control id and (unless given) accession. */
public final class TestMessages {

	private TestMessages() {
	}

	public static String unique(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 13);
	}

	public static String header(String facility, String type, String controlId, String version, String charset) {
		return "MSH|^~\\&|RIS|" + facility + "|PEERLEARNING|PL|20260115103000||" + type + "|" + controlId + "|P|" + version
				+ (charset == null ? "" : "||||||" + charset) + "\r";
	}

	/** A result for {@code accession} with status {@code status} (OBR-25), read by {@code radiologist} (OBR-32). */
	public static String oru(String controlId, String accession, String status, String radiologist, String... reportLines) {
		StringBuilder message = new StringBuilder(header("LGH", "ORU^R01^ORU_R01", controlId, "2.5.1", null));
		message.append("PID|1||MRN-").append(accession).append("^^^LGH^MR~9876543210AB^^^ON^JHN||TESTER^PAT||19700102|F\r");
		message.append("ORC|RE||").append(accession).append("\r");
		message.append("OBR|1||").append(accession).append("|CT100^CT HEAD WITHOUT CONTRAST|||20260115090000")
			.append("||||||||^^^HEAD|||||||20260115103000||CT|").append(status).append("|||||||")
			.append(radiologist == null ? "" : radiologist)
			.append("\r");
		for (int i = 0; i < reportLines.length; i++) {
			message.append("OBX|").append(i + 1).append("|TX|&GDT||").append(reportLines[i]).append("||||||").append(status).append("\r");
		}
		return message.toString();
	}
}
