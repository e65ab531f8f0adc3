package org.peerlearning.notification.internal;

import java.time.Duration;
import java.util.Locale;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import org.peerlearning.identity.People;
import org.peerlearning.identity.Person;
import org.peerlearning.identity.PersonId;
import org.peerlearning.platform.scheduling.JobLocks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the e-mail of each notice once the notice is committed: a subject and one line in the
 * recipient's language, and the link. Without an SMTP server configured ({@code spring.mail.host})
 * notices stay in the application only. A failed sending is tried again every few minutes for a
 * day.
 */
@Component
class MailDelivery {

	private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);

	private final NoticeStore store;

	private final People people;

	private final MessageSource messages;

	private final ObjectProvider<JavaMailSender> mail;

	private final String from;

	private final String baseUrl;

	private final JobLocks jobs;

	private final TransactionTemplate transaction;

	private final MeterRegistry meters;

	MailDelivery(NoticeStore store, People people, MessageSource messages, ObjectProvider<JavaMailSender> mail,
			@Value("${peerlearning.mail.from:peer-learning@localhost}") String from,
			@Value("${peerlearning.base-url:http://localhost:8080}") String baseUrl, JobLocks jobs,
			TransactionTemplate transaction, MeterRegistry meters) {
		this.meters = meters;
		this.jobs = jobs;
		this.transaction = transaction;
		this.store = store;
		this.people = people;
		this.messages = messages;
		this.mail = mail;
		this.from = from;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	@ApplicationModuleListener
	void on(NoticeRecorded recorded) {
		deliver(recorded.noticeId());
	}

	/** One instance at a time retries, so that two never send the same failed e-mail together. */
	@Scheduled(fixedDelayString = "${peerlearning.mail.retry-interval:PT5M}", initialDelayString = "PT1M")
	void retryFailed() {
		transaction.executeWithoutResult(status -> {
			if (jobs.tryLock("mail-retry")) {
				store.failedSince(Duration.ofDays(1)).forEach(this::deliver);
			}
		});
	}

	void deliver(UUID noticeId) {
		StoredNotice notice = store.forDelivery(noticeId).orElse(null);
		if (notice == null) {
			return;
		}
		JavaMailSender sender = mail.getIfAvailable();
		if (sender == null) {
			store.delivered(noticeId, "not-configured", false);
			count("not-configured");
			return;
		}
		Person recipient = people.find(new PersonId(notice.recipientId())).orElse(null);
		if (recipient == null || recipient.retiredAt() != null) {
			store.delivered(noticeId, "no-recipient", false);
			count("no-recipient");
			return;
		}
		try {
			sender.send(message(notice, recipient));
			store.delivered(noticeId, "sent", true);
			count("sent");
		}
		catch (MailException ex) {
			// The address and the reason stay out of the log line on purpose: the id is enough to look it up.
			log.warn("E-mail of notice {} could not be sent ({}); it will be tried again", noticeId, ex.getClass().getSimpleName());
			store.delivered(noticeId, "failed: " + ex.getClass().getSimpleName(), false);
			count("failed");
		}
	}

	/** E-mails by what became of them, for whoever runs the platform: a rise of "failed" means the mail server is down. */
	private void count(String outcome) {
		meters.counter("peerlearning.mail.deliveries", "outcome", outcome).increment();
	}

	SimpleMailMessage message(StoredNotice notice, Person recipient) {
		Locale locale = Locale.forLanguageTag(recipient.language() == null ? "en" : recipient.language());
		String kind = "notification.kind." + notice.kind();
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(from);
		message.setTo(recipient.email());
		message.setSubject(messages.getMessage(kind + ".subject", null, locale));
		message.setText(String.join("\n\n", messages.getMessage(kind + ".text", null, locale),
				messages.getMessage("notification.mail.open", new Object[] { baseUrl + "/notifications/" + notice.id() }, locale),
				messages.getMessage("notification.mail.footer", null, locale)));
		return message;
	}
}
