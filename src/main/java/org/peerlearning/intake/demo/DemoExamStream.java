package org.peerlearning.intake.demo;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import org.peerlearning.intake.hl7.Hl7Intake;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Demo mode: a slow stream of synthetic exams for the demo hospital, so that pages fed by the exam
 * feed have something fresh to show. Each tick sends one made-up result through the same intake
 * path a hospital's feed takes (parsed, routed, stored, acknowledged), read by one of the demo
 * radiologists (by CPSO number); one exam in five first arrives as a preliminary report and turns
 * final on a later tick. Patients are invented; nothing here resembles real data.
 */
@Component
// On with demo mode unless turned off on its own (the tests do, to keep their counts steady).
@ConditionalOnExpression("${peerlearning.demo.exam-stream.enabled:${peerlearning.demo.enabled:false}}")
class DemoExamStream {

	private static final Logger log = LoggerFactory.getLogger(DemoExamStream.class);

	private static final DateTimeFormatter HL7 = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

	private static final List<String> RADIOLOGISTS = List.of("80101", "80111", "80112", "80113", "80114", "80115", "80116");

	private static final List<String[]> PROCEDURES = List.of(new String[] { "CT100", "CT HEAD WITHOUT CONTRAST", "CT", "HEAD",
			"No acute intracranial hemorrhage, mass effect or midline shift.", "No acute intracranial abnormality." },
			new String[] { "XR200", "XR CHEST 2 VIEWS", "CR", "CHEST", "Lungs are clear. Heart size is normal.",
					"No acute cardiopulmonary process." },
			new String[] { "US300", "US ABDOMEN COMPLETE", "US", "ABDOMEN", "Liver, gallbladder, pancreas and kidneys are unremarkable.",
					"Normal abdominal ultrasound." },
			new String[] { "MR400", "MRI KNEE LEFT WITHOUT CONTRAST", "MR", "KNEE",
					"Menisci and cruciate ligaments are intact. Small joint effusion.", "Small joint effusion, no internal derangement." },
			new String[] { "MG500", "MAMMOGRAM SCREENING BILATERAL", "MG", "BREAST",
					"Scattered fibroglandular densities. No suspicious mass or calcification.", "BI-RADS 1: negative." });

	private static final List<String> FAMILY = List.of("Tremblay", "Roy", "Martin", "Wilson", "Campbell", "Leblanc", "Singh",
			"Nguyen", "Thompson", "Bouchard");

	private static final List<String> GIVEN = List.of("Alex", "Sam", "Jordan", "Taylor", "Morgan", "Camille", "Noah", "Léa");

	private final Hl7Intake intake;

	private final ZoneId zone;

	private final AtomicLong sequence = new AtomicLong(System.currentTimeMillis() / 1000);

	private volatile String pendingFinal;

	DemoExamStream(Hl7Intake intake, @Value("${peerlearning.hl7.time-zone:America/Toronto}") ZoneId zone) {
		this.intake = intake;
		this.zone = zone;
	}

	@Scheduled(initialDelayString = "${peerlearning.demo.exam-stream.initial-delay:PT30S}",
			fixedDelayString = "${peerlearning.demo.exam-stream.interval:PT20S}")
	void tick() {
		try {
			String message = pendingFinal;
			if (message != null) {
				pendingFinal = null;
			}
			else {
				message = next();
			}
			byte[] ack = intake.receive(message.getBytes(StandardCharsets.UTF_8));
			if (!new String(ack, StandardCharsets.UTF_8).contains("MSA|AA|")) {
				log.warn("Demo exam stream: a synthetic exam was not accepted");
			}
		}
		catch (RuntimeException ex) {
			log.warn("Demo exam stream: {}", ex.getClass().getSimpleName());
		}
	}

	private String next() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		long n = sequence.incrementAndGet();
		String accession = "DEMO" + n;
		String[] procedure = PROCEDURES.get(random.nextInt(PROCEDURES.size()));
		String radiologist = RADIOLOGISTS.get(random.nextInt(RADIOLOGISTS.size()));
		String site = random.nextBoolean() ? "LGH" : "LWH";
		LocalDateTime now = LocalDateTime.now(zone);
		String patient = "PID|1||DEMO-MRN-" + (100000 + random.nextInt(900000)) + "^^^" + site + "^MR||"
				+ FAMILY.get(random.nextInt(FAMILY.size())).toUpperCase(Locale.ROOT) + "^" + GIVEN.get(random.nextInt(GIVEN.size()))
				+ "||" + (1940 + random.nextInt(60)) + "0" + (1 + random.nextInt(9)) + "1" + random.nextInt(10) + "|"
				+ (random.nextBoolean() ? "F" : "M") + "\r";
		boolean preliminaryFirst = random.nextInt(5) == 0;
		if (preliminaryFirst) {
			pendingFinal = result(n + "F", site, patient, accession, procedure, radiologist, now, "F");
			return result(n + "P", site, patient, accession, procedure, radiologist, now, "P");
		}
		return result(n + "F", site, patient, accession, procedure, radiologist, now, "F");
	}

	private static String result(String controlId, String site, String patient, String accession, String[] procedure,
			String radiologist, LocalDateTime now, String status) {
		String time = now.format(HL7);
		String examTime = now.minusMinutes(45).format(HL7);
		return "MSH|^~\\&|DEMO-RIS|" + site + "|PEERLEARNING|PL|" + time + "||ORU^R01^ORU_R01|DEMO" + controlId + "|P|2.5.1\r"
				+ patient + "ORC|RE||" + accession + "\r"
				+ "OBR|1||" + accession + "|" + procedure[0] + "^" + procedure[1] + "|||" + examTime + "||||||||^^^" + procedure[3]
				+ "|||||||" + time + "||" + procedure[2] + "|" + status + "|||||||" + radiologist + "^Demo^Reader\r"
				+ "OBX|1|TX|&GDT||FINDINGS: " + procedure[4] + "||||||" + status + "\r"
				+ "OBX|2|TX|&IMP||IMPRESSION: " + procedure[5] + "||||||" + status + "\r";
	}
}
