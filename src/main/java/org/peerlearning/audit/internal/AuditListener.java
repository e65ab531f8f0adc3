package org.peerlearning.audit.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.peerlearning.identity.People;
import org.peerlearning.identity.Person;
import org.peerlearning.identity.PersonId;
import org.peerlearning.platform.AuditableEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Records every {@link AuditableEvent} synchronously, inside the publisher's transaction: the entry
 * commits with the change it describes, or rolls back with it. (An after-commit module listener
 * could lose entries and would record changes that never happened in the same order.)
 */
@Component
class AuditListener {

	static final String SYSTEM = "system";

	static final String UNKNOWN = "unknown";

	static final int USER_AGENT_LENGTH = 300;

	private final AuditTrail trail;

	private final People people;

	private final TransactionTemplate ownTransaction;

	AuditListener(AuditTrail trail, People people, PlatformTransactionManager transactions) {
		this.trail = trail;
		this.people = people;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	@EventListener
	void on(AuditableEvent event) {
		NewEntry entry = entry(event);
		// A read-only transaction (someone viewing a record) cannot insert; it has no change to roll
		// back with either, so its entry gets a transaction of its own.
		if (TransactionSynchronizationManager.isActualTransactionActive()
				&& TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
			ownTransaction.executeWithoutResult(status -> trail.append(entry));
		}
		else {
			trail.append(entry);
		}
	}

	private NewEntry entry(AuditableEvent event) {
		String clientIp = null;
		String userAgent = null;
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			// The remote address only: X-Forwarded-For is honoured by the server itself when
			// server.forward-headers-strategy is configured, never read here where it could be forged.
			clientIp = cut(request.getRemoteAddr(), 64);
			userAgent = cut(request.getHeader("User-Agent"), USER_AGENT_LENGTH);
		}
		return new NewEntry(Instant.now(), event.organizationId(), event.actorId(), actorLabel(event.actorId()),
				cut(event.action() == null ? UNKNOWN : event.action(), 120), cut(event.targetType(), 60),
				cut(event.targetId(), 200), event.details(), clientIp, userAgent);
	}

	private String actorLabel(UUID actor) {
		if (actor == null) {
			return SYSTEM;
		}
		return people.find(new PersonId(actor)).map(Person::email).orElse(UNKNOWN);
	}

	private static String cut(String value, int length) {
		return value == null || value.length() <= length ? value : value.substring(0, length);
	}
}
