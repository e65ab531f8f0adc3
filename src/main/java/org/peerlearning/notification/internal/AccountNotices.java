package org.peerlearning.notification.internal;

import org.peerlearning.identity.AccountLocked;
import org.peerlearning.identity.ApiTokenCreated;
import org.peerlearning.identity.PasswordChanged;
import org.peerlearning.notification.Notice;
import org.peerlearning.notification.Notifications;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells people about changes to their own account that they may not have made themselves: a new
 * API token, a changed password, a lock after wrong passwords. If it was not them, the e-mail is
 * how they find out.
 */
@Component
class AccountNotices {

	private final Notifications notifications;

	AccountNotices(Notifications notifications) {
		this.notifications = notifications;
	}

	@EventListener
	void on(ApiTokenCreated created) {
		notifications.notify(new Notice(null, created.personId(), "account.api-token-created", "/profile"));
	}

	@EventListener
	void on(PasswordChanged changed) {
		notifications.notify(new Notice(null, changed.person(), "account.password-changed", "/profile"));
	}

	@EventListener
	void on(AccountLocked locked) {
		notifications.notify(new Notice(null, locked.person(), "account.locked", "/profile"));
	}
}
