package org.peerlearning.review;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.peerlearning.ApplicationTest;
import org.peerlearning.cases.CaseId;
import org.peerlearning.cases.CaseSource;
import org.peerlearning.cases.Cases;
import org.peerlearning.cases.OpenCase;
import org.peerlearning.identity.People;
import org.peerlearning.intake.Exams;
import org.peerlearning.organization.OrganizationId;
import org.peerlearning.organization.Organizations;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@ApplicationTest
class ReviewRemindersTests {

	@Autowired
	Reviews reviews;

	@Autowired
	ReviewAssignments assignments;

	@Autowired
	Cases cases;

	@Autowired
	Exams exams;

	@Autowired
	People people;

	@Autowired
	Organizations organizations;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aReviewerIsRemindedOnceADayOfAReviewDueSoonButNotOfOneDueLater() {
		OrganizationId lakeshore = organizations.findByName("Lakeshore Regional Health").orElseThrow().id();
		CaseId soon = sample(lakeshore);
		CaseId later = sample(lakeshore);
		AssignmentId dueSoon = assignments.assign(lakeshore, soon, people.findByEmail("rad4@lakeshore.demo").orElseThrow().id(),
				LocalDate.now().plusDays(1), null);
		AssignmentId dueLater = assignments.assign(lakeshore, later, people.findByEmail("rad4@lakeshore.demo").orElseThrow().id(),
				LocalDate.now().plusDays(10), null);

		reviews.remindDueReviewers();
		assertThat(reminders(dueSoon)).isEqualTo(1);
		assertThat(reminders(dueLater)).isZero();

		reviews.remindDueReviewers();
		assertThat(reminders(dueSoon)).as("not twice the same day").isEqualTo(1);
		assertThat(cases.timeline(lakeshore, soon)).anySatisfy(e -> assertThat(e.action()).isEqualTo("REVIEWER_REMINDED"));
	}

	private CaseId sample(OrganizationId organization) {
		return cases.open(new OpenCase(organization, exams.findByAccession(organization, "LGH-1004").orElseThrow().id(),
				CaseSource.RULE_SAMPLE, null, false, null, Set.of(), "every 30th exam"));
	}

	private long reminders(AssignmentId assignment) {
		return jdbc.sql("select count(*) from audit_entry where action = 'review.assignment.reminded' and target_id = ?")
			.param(assignment.toString())
			.query(Long.class)
			.single();
	}
}
