package org.peerlearning.bench;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** Synthetic ORU^R01 final reports for the load generator, and the acknowledgement of the echo server. */
final class Hl7Messages {

	private static final DateTimeFormatter TS = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

	private static final String[][] EXAMS = { { "CT", "CTHEAD", "CT HEAD WITHOUT CONTRAST", "HEAD" },
			{ "CR", "XRCHEST2V", "XR CHEST 2 VIEWS", "CHEST" }, { "MR", "MRLSPINE", "MR LUMBAR SPINE WITHOUT CONTRAST", "LSPINE" },
			{ "US", "USABDO", "US ABDOMEN COMPLETE", "ABDOMEN" }, { "CT", "CTCAP", "CT CHEST ABDOMEN PELVIS WITH CONTRAST", "CAP" } };

	private static final String[] RADIOLOGISTS = { "80111^OKAFOR^DANIEL", "80112^GAGNON^EMILIE", "80113^CHEN^SAMUEL",
			"80114^KOWALSKI^HANNAH", "80115^TREMBLAY^MARC", "80116^SIDDIQUI^AISHA" };

	private Hl7Messages() {
	}

	/** A final report whose control id and accession number are unique to {@code runId} and {@code n}. */
	static String finalReport(String runId, long n) {
		String[] exam = EXAMS[(int) (n % EXAMS.length)];
		String radiologist = RADIOLOGISTS[(int) (n % RADIOLOGISTS.length)].replace('^', '&');
		String now = LocalDateTime.now().format(TS);
		String accession = "B" + runId + String.format("%08d", n);
		return "MSH|^~\\&|BENCHRIS|LGH|PEERLEARNING|LAKESHORE|" + now + "||ORU^R01^ORU_R01|" + runId + "-" + n + "|P|2.5.1\r"
				+ "PID|1||MRN" + (100000 + n % 90000) + "^^^LGH^MR||BENCH^PATIENT" + (n % 1000) + "||19600101|F\r"
				+ "PV1|1|O\r"
				+ "ORC|RE|ORD" + n + "|" + accession + "\r"
				+ "OBR|1|ORD" + n + "|" + accession + "|" + exam[1] + "^" + exam[2] + "|||" + now + "|||||||||||||||" + now + "||"
				+ exam[0] + "|F|||||||" + radiologist + "\r"
				+ "OBX|1|TX|" + exam[1] + "^REPORT||EXAMINATION: " + exam[2] + "||||||F\r"
				+ "OBX|2|TX|" + exam[1] + "^REPORT||FINDINGS: No acute abnormality. Stable appearance compared with the prior study.||||||F\r"
				+ "OBX|3|TX|" + exam[1] + "^REPORT||IMPRESSION: No acute findings.||||||F\r";
	}

	/** An AA acknowledgement echoing the control id of {@code message}. */
	static String ack(String message) {
		String controlId = field(message, 10);
		return "MSH|^~\\&|ECHO|ECHO|BENCHRIS|LGH|" + LocalDateTime.now().format(TS) + "||ACK|" + controlId + "-ack|P|2.5.1\r"
				+ "MSA|AA|" + controlId + "\r";
	}

	/** The 1-based field of the MSH segment (MSH-1 being the separator itself). */
	static String field(String message, int mshField) {
		int segmentEnd = message.indexOf('\r');
		String msh = segmentEnd < 0 ? message : message.substring(0, segmentEnd);
		String[] fields = msh.split("\\|", -1);
		return mshField - 1 < fields.length ? fields[mshField - 1] : "";
	}

	/** The acknowledgement code (MSA-1) of an ACK. */
	static String ackCode(String ack) {
		for (String segment : ack.split("\r")) {
			if (segment.startsWith("MSA|")) {
				String[] fields = segment.split("\\|", -1);
				return fields.length > 1 ? fields[1] : "";
			}
		}
		return "";
	}
}
