package org.peerlearning.feedback.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.peerlearning.feedback.FeedbackEvent;
import org.peerlearning.identity.PersonId;
import org.peerlearning.notification.Notice;
import org.peerlearning.notification.Notifications;
import org.peerlearning.organization.OrganizationId;
import org.peerlearning.platform.scheduling.JobLocks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminds recipients of feedback they have not acknowledged: first after
 * {@code peerlearning.feedback.remind-after} (3 days), then again after the same time, up to
 * {@code peerlearning.feedback.max-reminders}.
 */
@Component
public class FeedbackReminders {

	private static final Logger log = LoggerFactory.getLogger(FeedbackReminders.class);

	private final FeedbackRepository repository;

	private final Notifications notifications;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final Duration remindAfter;

	private final int maxReminders;

	private final JobLocks jobs;

	FeedbackReminders(FeedbackRepository repository, Notifications notifications, ApplicationEventPublisher events, Clock clock,
			@Value("${peerlearning.feedback.remind-after:P3D}") Duration remindAfter,
			@Value("${peerlearning.feedback.max-reminders:3}") int maxReminders, JobLocks jobs) {
		this.jobs = jobs;
		this.repository = repository;
		this.notifications = notifications;
		this.events = events;
		this.clock = clock;
		this.remindAfter = remindAfter;
		this.maxReminders = maxReminders;
	}

	@Scheduled(cron = "${peerlearning.feedback.reminder-cron:0 0 8 * * *}")
	void scheduled() {
		int sent = remindDue();
		if (sent > 0) {
			log.info("Reminded {} recipients of unacknowledged feedback", sent);
		}
	}

	/** Sends the reminders that are due now (one instance at a time when several run); answers how many. */
	@Transactional
	public int remindDue() {
		if (!jobs.tryLock("feedback-reminders")) {
			return 0;
		}
		Instant now = clock.instant();
		int sent = 0;
		for (FeedbackThread thread : repository.due(now.minus(remindAfter), maxReminders, 500)) {
			OrganizationId organization = new OrganizationId(thread.organizationId());
			repository.reminded(thread.organizationId(), thread.id(), now);
			notifications.notify(new Notice(organization, new PersonId(thread.recipientId()), "feedback.reminder",
					"/feedback/" + thread.id()));
			events.publishEvent(new FeedbackEvent(FeedbackEvent.REMINDED, thread.organizationId(), null, thread.id(),
					Map.of("reminder", String.valueOf(thread.reminders() + 1))));
			sent++;
		}
		return sent;
	}
}
