package org.peerlearning.review.sampling;

import org.peerlearning.identity.People;
import org.peerlearning.identity.Role;
import org.peerlearning.notification.Notice;
import org.peerlearning.notification.Notifications;
import org.peerlearning.organization.OrganizationId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tells an organization's program leads when reported exams start failing to be sampled, so that
 * a broken rule or a database problem is not left to be found on the sampling page. One notice
 * when the first exam fails; none more while failures are still waiting, and again once they were
 * all cleared and a new one fails. Like every notice, it names no patient and no exam: it links to
 * the sampling page, which shows what failed and why.
 */
@Component
class SamplingFailureNotices {

	static final String KIND = "review.sampling-failed";

	static final String LINK = "/program/sampling";

	private final JdbcClient jdbc;

	private final People people;

	private final Notifications notifications;

	SamplingFailureNotices(JdbcClient jdbc, People people, Notifications notifications) {
		this.jdbc = jdbc;
		this.people = people;
		this.notifications = notifications;
	}

	/** An exam of {@code organization} failed for the first time; answers how many leads were told. */
	int firstFailure(OrganizationId organization) {
		long failing = jdbc.sql("select count(*) from sampling_queue where organization_id = ? and attempts > 0")
			.param(organization.value())
			.query(Long.class)
			.single();
		if (failing != 1) {
			return 0; // failures were already waiting: the leads know
		}
		var leads = people.members(organization)
			.stream()
			.filter(member -> member.membership().roles().contains(Role.PROGRAM_LEAD))
			.toList();
		leads.forEach(lead -> notifications.notify(new Notice(organization, lead.person().id(), KIND, LINK)));
		return leads.size();
	}
}
