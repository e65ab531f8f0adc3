package org.peerlearning.intake.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.peerlearning.intake.ResultStatus;
import org.peerlearning.intake.domain.ExamMessage;
import org.peerlearning.intake.domain.ExamRecorder;
import org.peerlearning.intake.domain.Route;
import org.peerlearning.organization.Organization;
import org.peerlearning.organization.Organizations;
import org.peerlearning.organization.Site;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo mode: a fixed set of signed exams for both demo organizations (after the demo accounts,
 * before the demo cases), so that cases, reviews and the context launch ({@code /cases/new?accession=LGH-1001})
 * have exams to point at. Reports carry the signature and dictation lines real reports have, which
 * blinded review must mask. Patients are invented.
 */
@Component
@Order(1)
@ConditionalOnBooleanProperty("peerlearning.demo.enabled")
class DemoExams implements ApplicationRunner {

	private static final String LAKESHORE = "Lakeshore Regional Health";

	private static final String NORTHERN = "Northern Imaging Group";

	/** accession, mrn, family, given, modality, body part, procedure, days ago, reader CPSO, reader name, findings. */
	private static final List<String[]> EXAMS = List.of(
			new String[] { LAKESHORE, "LGH-1001", "LGH-MRN-5001", "ROY", "CAMILLE", "CT", "CHEST", "CT CHEST WITH CONTRAST", "3", "80111",
					"OKAFOR^DANIEL", "Lungs: 6 mm nodule in the right upper lobe is not described further. No consolidation.\nIMPRESSION: No acute findings." },
			new String[] { LAKESHORE, "LGH-1000", "LGH-MRN-5001", "ROY", "CAMILLE", "CR", "CHEST", "XR CHEST 2 VIEWS", "200", "80113",
					"CHEN^SAMUEL", "Lungs are clear. Heart size is normal.\nIMPRESSION: No acute cardiopulmonary process." },
			new String[] { LAKESHORE, "LGH-1002", "LGH-MRN-5002", "SINGH", "NOAH", "CT", "HEAD", "CT HEAD WITHOUT CONTRAST", "5", "80111",
					"OKAFOR^DANIEL", "No acute intracranial hemorrhage. Subtle hypodensity in the left insula.\nIMPRESSION: No acute intracranial abnormality." },
			new String[] { LAKESHORE, "LGH-1003", "LGH-MRN-5003", "MARTIN", "LEA", "MR", "KNEE", "MRI KNEE LEFT", "6", "80112",
					"GAGNON^EMILIE", "Menisci intact. Small joint effusion.\nIMPRESSION: Small effusion, no internal derangement." },
			new String[] { LAKESHORE, "LGH-1004", "LGH-MRN-5004", "WILSON", "SAM", "US", "ABDOMEN", "US ABDOMEN COMPLETE", "7", "80115",
					"TREMBLAY^MARC", "Liver, gallbladder, pancreas and kidneys are unremarkable.\nIMPRESSION: Normal abdominal ultrasound." },
			new String[] { LAKESHORE, "LGH-1005", "LGH-MRN-5005", "CAMPBELL", "JORDAN", "MG", "BREAST", "MAMMOGRAM SCREENING BILATERAL", "8",
					"80114", "KOWALSKI^HANNAH", "Scattered fibroglandular densities.\nIMPRESSION: BI-RADS 1: negative." },
			new String[] { LAKESHORE, "LGH-1006", "LGH-MRN-5006", "LEBLANC", "TAYLOR", "CT", "ABDOMEN", "CT ABDOMEN PELVIS WITH CONTRAST", "9",
					"80111", "OKAFOR^DANIEL", "Appendix not seen. No free fluid.\nIMPRESSION: No acute abdominal process." },
			new String[] { LAKESHORE, "LGH-1007", "LGH-MRN-5007", "NGUYEN", "ALEX", "CR", "WRIST", "XR WRIST RIGHT 3 VIEWS", "10", "80116",
					"SIDDIQUI^AISHA", "No fracture or dislocation.\nIMPRESSION: Normal wrist radiographs." },
			new String[] { LAKESHORE, "LGH-1008", "LGH-MRN-5008", "THOMPSON", "MORGAN", "CT", "CHEST", "CT PULMONARY ANGIOGRAM", "11",
					"80101", "RAMAN^PRIYA", "No pulmonary embolus.\nIMPRESSION: Negative CTPA." },
			new String[] { LAKESHORE, "LGH-1009", "LGH-MRN-5009", "BOUCHARD", "SAM", "MR", "BRAIN", "MRI BRAIN WITHOUT CONTRAST", "12",
					"80111", "OKAFOR^DANIEL", "Few nonspecific white matter foci.\nIMPRESSION: No acute abnormality." },
			new String[] { LAKESHORE, "LGH-1010", "LGH-MRN-5010", "TREMBLAY", "NOAH", "CR", "CHEST", "XR CHEST 1 VIEW", "13", "80113",
					"CHEN^SAMUEL", "Left lower lobe opacity.\nIMPRESSION: Possible pneumonia." },
			new String[] { LAKESHORE, "LGH-1011", "LGH-MRN-5011", "MARTIN", "ALEX", "CT", "SPINE", "CT CERVICAL SPINE", "14", "80112",
					"GAGNON^EMILIE", "Alignment maintained. No fracture.\nIMPRESSION: No acute cervical spine injury." },
			new String[] { NORTHERN, "NIS-2001", "NIS-MRN-7001", "PATEL", "ROBIN", "CT", "HEAD", "CT HEAD WITHOUT CONTRAST", "4", "80211",
					"WHITEHORSE^NORA", "No hemorrhage.\nIMPRESSION: No acute intracranial abnormality." },
			new String[] { NORTHERN, "NIS-2002", "NIS-MRN-7002", "LEFEBVRE", "JULES", "CR", "CHEST", "XR CHEST 2 VIEWS", "6", "80212",
					"PATEL^RAVI", "Right costophrenic angle blunting.\nIMPRESSION: Small right effusion." },
			new String[] { NORTHERN, "NIS-2003", "NIS-MRN-7003", "CAMPBELL", "ELI", "MR", "KNEE", "MRI KNEE RIGHT", "8", "80213",
					"LEFEBVRE^CHLOE", "Medial meniscus tear.\nIMPRESSION: Medial meniscal tear." },
			new String[] { NORTHERN, "NIS-2004", "NIS-MRN-7004", "ROY", "ALEX", "US", "PELVIS", "US PELVIS", "10", "80201",
					"BELANGER^LOUIS", "Uterus and ovaries normal.\nIMPRESSION: Normal pelvic ultrasound." });

	private final Organizations organizations;

	private final ExamRecorder recorder;

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	DemoExams(Organizations organizations, ExamRecorder recorder, JdbcClient jdbc, TransactionTemplate transaction) {
		this.organizations = organizations;
		this.recorder = recorder;
		this.jdbc = jdbc;
		this.transaction = transaction;
	}

	@Override
	public void run(ApplicationArguments args) {
		Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
		transaction.executeWithoutResult(status -> {
			for (String[] e : EXAMS) {
				organizations.findByName(e[0]).filter(Organization::active).ifPresent(organization -> {
					boolean present = jdbc.sql("select count(*) from exam where organization_id = ? and accession_number = ?")
						.params(organization.id().value(), e[1])
						.query(Long.class)
						.single() > 0;
					if (!present) {
						Site site = organizations.sites(organization.id()).stream().findFirst().orElse(null);
						recorder.apply(new Route(organization.id(), site == null ? null : site.id()), message(e, now), null);
					}
				});
			}
		});
	}

	private static ExamMessage message(String[] e, Instant now) {
		Instant examAt = now.minus(Duration.ofDays(Long.parseLong(e[8])));
		String[] reader = e[10].split("\\^");
		String readerName = capitalized(reader[1]) + " " + capitalized(reader[0]);
		String report = e[7] + "\nFINDINGS: " + e[11] + "\n\nDictated by: " + readerName + ", MD\nElectronically signed by: Dr. "
				+ capitalized(reader[0]) + " (CPSO " + e[9] + ")\nTranscribed by: DEMO";
		return new ExamMessage(ExamMessage.Kind.RESULT, e[1], e[2], null, e[3], e[4], LocalDate.of(1960, 1, 1).plusDays(e[2].hashCode() & 0x1fff),
				null, e[5], e[6], null, e[7], examAt.minus(Duration.ofHours(2)), examAt, examAt.plus(Duration.ofHours(3)),
				ResultStatus.FINAL, "1.2.826.0.1.3680043.10.1001." + Math.abs(e[1].hashCode()), null, e[9], e[10], report);
	}

	private static String capitalized(String word) {
		return word.charAt(0) + word.substring(1).toLowerCase(java.util.Locale.ROOT);
	}
}
