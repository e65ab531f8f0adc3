package org.peerlearning.review.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.peerlearning.cases.CaseAction;
import org.peerlearning.cases.CaseId;
import org.peerlearning.cases.CaseQuery;
import org.peerlearning.cases.CaseSource;
import org.peerlearning.cases.Cases;
import org.peerlearning.cases.OpenCase;
import org.peerlearning.identity.People;
import org.peerlearning.identity.Person;
import org.peerlearning.identity.PersonId;
import org.peerlearning.intake.ExamDetails;
import org.peerlearning.intake.Exams;
import org.peerlearning.organization.Organization;
import org.peerlearning.organization.OrganizationId;
import org.peerlearning.organization.Organizations;
import org.peerlearning.review.AssignmentId;
import org.peerlearning.review.Recommendation;
import org.peerlearning.review.ReviewAssignments;
import org.peerlearning.review.Reviews;
import org.peerlearning.review.SafetyAction;
import org.peerlearning.review.Score;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo mode: cases in every state of the workflow for the demo organizations (after the demo
 * accounts and exams), taken there through the same services people use, so timelines, reviews and
 * the audit trail look as they would in use. Runs once: skipped when the organization has cases.
 * Drafts live in the submitter's browser, so no case is seeded as a draft.
 */
@Component
@Order(2)
@ConditionalOnBooleanProperty("peerlearning.demo.enabled")
class DemoCases implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoCases.class);

	private final Organizations organizations;

	private final People people;

	private final Exams exams;

	private final Cases cases;

	private final ReviewAssignments assignments;

	private final Reviews reviews;

	private final TransactionTemplate transaction;

	private final Clock clock;

	DemoCases(Organizations organizations, People people, Exams exams, Cases cases, ReviewAssignments assignments, Reviews reviews,
			TransactionTemplate transaction, Clock clock) {
		this.organizations = organizations;
		this.people = people;
		this.exams = exams;
		this.cases = cases;
		this.assignments = assignments;
		this.reviews = reviews;
		this.transaction = transaction;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		organizations.findByName("Lakeshore Regional Health").filter(Organization::active).ifPresent(o -> seed(o.id(), this::lakeshore));
		organizations.findByName("Northern Imaging Group").filter(Organization::active).ifPresent(o -> seed(o.id(), this::northern));
	}

	private void seed(OrganizationId organization, java.util.function.Consumer<Demo> seeder) {
		if (!cases.search(organization, new CaseQuery(Set.of(), null, null, null, null, true, 1)).isEmpty()) {
			return;
		}
		transaction.executeWithoutResult(status -> seeder.accept(new Demo(organization)));
		log.info("Demo mode: seeded learning cases in every state");
	}

	private void lakeshore(Demo d) {
		d.open("LGH-1002", CaseSource.LEARNING_OPPORTUNITY, "rad2", "Subtle insular hypodensity: early infarct?", "perceptual");
		cases.open(new OpenCase(d.organization, d.exam("LGH-1009"), CaseSource.RANDOM_SAMPLE, null, false, null, Set.of(), "random 3%"));
		d.step(d.open("LGH-1004", CaseSource.LEARNING_OPPORTUNITY, "rad3", "Normal study, sent by mistake.", null), CaseAction.CANCEL);
		d.step(d.open("LGH-1003", CaseSource.TECHNOLOGIST_CONCERN, "tech1", "Test submission.", null), CaseAction.REJECT);
		d.assign(d.open("LGH-1001", CaseSource.LEARNING_OPPORTUNITY, "rad2", "RUL nodule without follow-up advice.", "perceptual"), "rad3");
		d.review(d.assign(d.open("LGH-1006", CaseSource.SURGICAL_DISCORDANCE, "lead", "Appendicitis at surgery the next day.",
				"perceptual"), "rad4"), "rad4", Score.S3B, Recommendation.REFER_TO_COMMITTEE, "Look for the appendix on every CT.");
		d.review(d.assign(d.open("LGH-1008", CaseSource.GREAT_CALL, "rad3", "Subtle segmental embolus called.", null), "rad5"), "rad5",
				Score.S1, Recommendation.CONFERENCE, "Segmental arteries deserve a dedicated pass.");
		CaseId acknowledged = d.open("LGH-1010", CaseSource.LEARNING_OPPORTUNITY, "rad6", "Pneumonia or atelectasis?", "interpretive");
		d.review(d.assign(acknowledged, "rad4"), "rad4", Score.S2A, Recommendation.FEEDBACK_ONLY, "Compare with priors before calling pneumonia.");
		d.step(acknowledged, CaseAction.ACKNOWLEDGE);
		CaseId queued = d.open("LGH-1011", CaseSource.MULTIDISCIPLINARY_ROUNDS, "lead", "Subtle facet fracture seen at rounds.", "perceptual");
		d.review(d.assign(queued, "rad3"), "rad3", Score.S2A, Recommendation.CONFERENCE, "Review facets on sagittal images.");
		d.step(queued, CaseAction.QUEUE_FOR_CONFERENCE);
		CaseId presented = d.open("LGH-1007", CaseSource.REFERRING_CLINICIAN, "rad5", "Scaphoid fracture on follow-up.", "perceptual");
		d.review(d.assign(presented, "rad2"), "rad2", Score.S2A, Recommendation.CONFERENCE, "Scaphoid views when snuffbox is tender.");
		d.step(presented, CaseAction.QUEUE_FOR_CONFERENCE);
		d.step(presented, CaseAction.PRESENT);
		CaseId followUp = d.open("LGH-1005", CaseSource.TECHNOLOGIST_CONCERN, "tech1", "Positioning cuts off the axillary tail.", "technique-protocol");
		d.review(d.assign(followUp, "rad6"), "rad6", Score.S2A, Recommendation.IMPROVEMENT_ACTION, "Update the MLO positioning protocol.");
		d.step(followUp, CaseAction.ACKNOWLEDGE);
		d.step(followUp, CaseAction.START_FOLLOW_UP);
		d.review(d.assign(d.open("LGH-1000", CaseSource.PRIOR_COMPARISON, "rad1", "Check against the new CT.", null), "rad4"), "rad4",
				Score.S1, Recommendation.NO_FURTHER_ACTION, null);
		d.review(d.assign(d.open("LGH-1002", CaseSource.PATHOLOGY_DISCORDANCE, "lead", "Pathology shows an infarct.", "perceptual"), "rad3"),
				"rad3", Score.S3B, Recommendation.SAFETY_ESCALATION, "Insular ribbon sign.");
		CaseId out = cases.open(new OpenCase(d.organization, d.exam("LGH-1009"), CaseSource.RULE_SAMPLE, null, false, null, Set.of(),
				"new radiologist: first 3 months"));
		d.review(d.assign(out, "rad5"), "rad5", Score.S3B, Recommendation.OUT_OF_PROGRAM_REFERRAL, null);
		CaseId decided = d.open("LGH-1006", CaseSource.LEARNING_OPPORTUNITY, "rad5", "Second look at the appendix.", "perceptual");
		d.review(d.assign(decided, "rad6"), "rad6", Score.S2B, Recommendation.REFER_TO_COMMITTEE, null);
		reviews.decide(d.organization, decided, Score.S2B, CaseAction.SEND_FEEDBACK, "Trace the appendix from the cecum.",
				Set.of(SafetyAction.REFERRER_NOTIFIED), d.person("quality"));
	}

	private void northern(Demo d) {
		d.open("NIS-2001", CaseSource.LEARNING_OPPORTUNITY, "rad2", "Possible subtle subdural.", "perceptual");
		d.assign(d.open("NIS-2002", CaseSource.LEARNING_OPPORTUNITY, "rad3", "Effusion size underestimated?", "interpretive"), "rad1");
		d.review(d.assign(d.open("NIS-2003", CaseSource.LEARNING_OPPORTUNITY, "rad1", "Ramp lesion missed?", "perceptual"), "rad2"), "rad2",
				Score.S3A, Recommendation.FEEDBACK_ONLY, "Look for ramp lesions posteriorly.");
		d.review(d.assign(d.open("NIS-2004", CaseSource.RANDOM_SAMPLE, null, null, null), "rad3"), "rad3", Score.S1,
				Recommendation.NO_FURTHER_ACTION, null);
	}

	/** Helpers bound to one organization; people are named by the local part of their demo e-mail. */
	private final class Demo {

		private final OrganizationId organization;

		private final String domain;

		Demo(OrganizationId organization) {
			this.organization = organization;
			this.domain = organizations.find(organization).map(Organization::name).orElse("").startsWith("Northern") ? "@northern.demo"
					: "@lakeshore.demo";
		}

		org.peerlearning.intake.ExamId exam(String accession) {
			return exams.findByAccession(organization, accession).map(ExamDetails::id).orElseThrow();
		}

		PersonId person(String local) {
			return people.findByEmail(local + domain).map(Person::id).orElseThrow();
		}

		CaseId open(String accession, CaseSource source, String submitter, String note, String category) {
			return cases.open(new OpenCase(organization, exam(accession), source, submitter == null ? null : person(submitter),
					submitter != null && submitter.startsWith("rad"), note, category == null ? Set.of() : Set.of(category),
					source.sample() ? "random 3%" : null));
		}

		void step(CaseId id, CaseAction action) {
			cases.transition(organization, id, action, person("lead"), null);
		}

		AssignmentId assign(CaseId id, String reviewer) {
			return assignments.assign(organization, id, person(reviewer), LocalDate.now(clock).plusDays(10), person("lead"));
		}

		void review(AssignmentId assignment, String reviewer, Score score, Recommendation recommendation, String learningPoint) {
			reviews.submit(organization, assignment, person(reviewer), score, List.of(), learningPoint, recommendation);
		}
	}
}
