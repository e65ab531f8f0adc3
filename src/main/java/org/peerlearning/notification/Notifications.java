package org.peerlearning.notification;

import java.util.UUID;

import org.peerlearning.identity.PersonId;
import org.peerlearning.notification.internal.NoticeStore;
import org.peerlearning.organization.OrganizationId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells a person that something needs them: an in-app notice at once, and an e-mail after the
 * transaction commits (sent in the person's language, with no patient data and no names, only the
 * link). Call it inside the transaction of the change the notice is about, so that a change that
 * rolls back notifies nobody.
 */
@Service
public class Notifications {

	private final NoticeStore store;

	Notifications(NoticeStore store) {
		this.store = store;
	}

	/** Records the notice and schedules its e-mail; answers the notice's id. */
	@Transactional
	public UUID notify(Notice notice) {
		return store.record(notice);
	}

	/** How many notices the person has not opened yet, in this organization or about their account. */
	public int unread(PersonId person, OrganizationId organization) {
		return store.unreadCount(person, organization);
	}
}
