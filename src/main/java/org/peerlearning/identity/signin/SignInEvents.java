package org.peerlearning.identity.signin;

import java.util.Optional;

import org.peerlearning.identity.CurrentViewer;
import org.peerlearning.identity.PersonId;
import org.peerlearning.identity.SignedIn;
import org.peerlearning.identity.SignedOut;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureDisabledEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Turns Spring Security's authentication events into the platform's own sign-in events (for the
 * audit trail) and keeps the count of wrong passwords. Single sign-on failures are recorded by
 * {@link SingleSignOn} itself, since the provider's errors carry no typed e-mail.
 */
@Component
class SignInEvents {

	private final SignInAttempts attempts;

	private final ApplicationEventPublisher events;

	SignInEvents(SignInAttempts attempts, ApplicationEventPublisher events) {
		this.attempts = attempts;
		this.events = events;
	}

	@EventListener
	void signedIn(AuthenticationSuccessEvent event) {
		Object principal = event.getAuthentication().getPrincipal();
		if (principal instanceof SignedInPerson person) {
			PersonId id = new PersonId(person.personId());
			attempts.succeeded(id);
			events.publishEvent(new SignedIn(id, "password"));
		}
		else if (principal instanceof CurrentViewer.PersonPrincipal person) {
			events.publishEvent(new SignedIn(person.personId(), "sso"));
		}
	}

	@EventListener
	void failed(AbstractAuthenticationFailureEvent event) {
		if (!(event.getAuthentication() instanceof UsernamePasswordAuthenticationToken attempt)) {
			return;
		}
		String email = attempt.getName();
		if (event instanceof AuthenticationFailureBadCredentialsEvent) {
			attempts.wrongPassword(email);
		}
		else if (event instanceof AuthenticationFailureLockedEvent) {
			attempts.refused(email, "locked");
		}
		else if (event instanceof AuthenticationFailureDisabledEvent) {
			attempts.refused(email, "disabled");
		}
		else {
			attempts.refused(email, "other");
		}
	}

	@EventListener
	void signedOut(LogoutSuccessEvent event) {
		personOf(event.getAuthentication()).ifPresent(id -> events.publishEvent(new SignedOut(id)));
	}

	private static Optional<PersonId> personOf(Authentication authentication) {
		if (authentication == null) {
			return Optional.empty();
		}
		if (authentication.getPrincipal() instanceof SignedInPerson person) {
			return Optional.of(new PersonId(person.personId()));
		}
		if (authentication.getPrincipal() instanceof CurrentViewer.PersonPrincipal person) {
			return Optional.of(person.personId());
		}
		return Optional.empty();
	}
}
