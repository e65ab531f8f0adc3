package org.peerlearning.identity.demo;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.peerlearning.identity.People;
import org.peerlearning.organization.ChoiceOption;
import org.peerlearning.organization.CustomFieldDefinition;
import org.peerlearning.organization.CustomFieldTarget;
import org.peerlearning.organization.CustomFieldType;
import org.peerlearning.organization.OrganizationId;
import org.peerlearning.organization.Organizations;
import org.peerlearning.organization.ReviewProgram;
import org.peerlearning.organization.ReviewProgramAdministration;
import org.peerlearning.organization.ReviewerPool;
import org.peerlearning.organization.SamplingMode;
import org.peerlearning.organization.SamplingRule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo mode: Lakeshore's review program, once, after the demo accounts exist. A 5% sample of CT
 * and MR, every one of the first 50 exams of the newest radiologist (rad6), a body reviewer pool
 * (rad1 to rad5), practice partners rad1 and rad2 who must not review each other, one question
 * added to reviews and one to case submissions.
 */
@Component
@Order(1)
@ConditionalOnBooleanProperty("peerlearning.demo.enabled")
class DemoProgram implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoProgram.class);

	private final Organizations organizations;

	private final People people;

	private final ReviewProgram program;

	private final ReviewProgramAdministration administration;

	private final TransactionTemplate transaction;

	DemoProgram(Organizations organizations, People people, ReviewProgram program, ReviewProgramAdministration administration,
			TransactionTemplate transaction) {
		this.organizations = organizations;
		this.people = people;
		this.program = program;
		this.administration = administration;
		this.transaction = transaction;
	}

	@Override
	public void run(ApplicationArguments args) {
		organizations.findByName(DemoAccounts.LAKESHORE).map(o -> o.id()).ifPresent(lakeshore -> {
			if (program.of(lakeshore).samplingRules().isEmpty() && people.findByEmail("rad1@lakeshore.demo").isPresent()) {
				transaction.executeWithoutResult(status -> seed(lakeshore));
				log.info("Demo mode: seeded the review program of {}", DemoAccounts.LAKESHORE);
			}
		});
	}

	private void seed(OrganizationId lakeshore) {
		List<UUID> body = List.of(rad(1), rad(2), rad(3), rad(4), rad(5));
		UUID pool = administration.addPool(lakeshore,
				new ReviewerPool(null, "Body and neuro reviewers", body, List.of("CT", "MR"), List.of(), null), null);
		administration.addConflict(lakeshore, rad(1), rad(2), "Practice partners", null);
		administration.addRule(lakeshore, new SamplingRule(null, "First 50 exams of Dr. Siddiqui", List.of(), List.of(), List.of(),
				List.of(), null, SamplingMode.RATE, new BigDecimal("100"), null, 50, rad(6), null, null, null, true, pool, null, 0,
				null), null);
		administration.addRule(lakeshore, new SamplingRule(null, "Random 5% of CT and MR", List.of(), List.of("CT", "MR"), List.of(),
				List.of(), null, SamplingMode.RATE, new BigDecimal("5"), null, null, null, null, null, null, true, pool, 20, 0, null),
				null);
		administration.addCustomField(lakeshore, new CustomFieldDefinition(null, "teaching-value", CustomFieldTarget.REVIEW,
				CustomFieldType.SINGLE_CHOICE, "Teaching value for a conference", "Valeur pédagogique pour une conférence", false, 0,
				List.of(new ChoiceOption("high", "High", "Élevée"), new ChoiceOption("some", "Some", "Moyenne"),
						new ChoiceOption("none", "None", "Aucune")),
				null), null);
		administration.addCustomField(lakeshore, new CustomFieldDefinition(null, "clinical-setting", CustomFieldTarget.CASE,
				CustomFieldType.SINGLE_CHOICE, "Clinical setting", "Contexte clinique", false, 0,
				List.of(new ChoiceOption("emergency", "Emergency", "Urgence"), new ChoiceOption("inpatient", "Inpatient", "Hospitalisé"),
						new ChoiceOption("outpatient", "Outpatient", "Externe")),
				null), null);
	}

	private UUID rad(int n) {
		return people.findByEmail("rad" + n + "@lakeshore.demo").orElseThrow().id().value();
	}
}
