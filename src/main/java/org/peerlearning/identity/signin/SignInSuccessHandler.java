package org.peerlearning.identity.signin;

import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.peerlearning.identity.Accounts;
import org.peerlearning.identity.CurrentViewer;
import org.peerlearning.identity.People;
import org.peerlearning.identity.Person;
import org.peerlearning.identity.PersonId;
import org.peerlearning.platform.web.LocaleConfiguration;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * After a password sign-in, a person who must choose a new password (every account an
 * administrator creates) goes to the password page first and is kept there by
 * {@link PasswordChangeGate}; everyone else goes where they were heading.
 */
@Component
class SignInSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

	private final Accounts accounts;

	private final People people;

	private final LocaleResolver localeResolver;

	SignInSuccessHandler(Accounts accounts, People people, LocaleResolver localeResolver) {
		this.accounts = accounts;
		this.people = people;
		this.localeResolver = localeResolver;
		setDefaultTargetUrl("/");
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
			throws ServletException, IOException {
		if (!languagePickedHere(request)) {
			personOf(authentication).flatMap(people::find)
				.map(Person::language)
				.filter(language -> language != null && !language.isBlank())
				.ifPresent(language -> localeResolver.setLocale(request, response, Locale.forLanguageTag(language)));
		}
		if (authentication.getPrincipal() instanceof SignedInPerson person
				&& accounts.mustChangePassword(new PersonId(person.personId()))) {
			request.getSession().setAttribute(PasswordChangeGate.REQUIRED, Boolean.TRUE);
			clearAuthenticationAttributes(request);
			getRedirectStrategy().sendRedirect(request, response, "/password");
			return;
		}
		super.onAuthenticationSuccess(request, response, authentication);
	}

	/** A language picked in this browser (on the sign-in page, say) is kept; otherwise the person's saved one applies. */
	private static boolean languagePickedHere(HttpServletRequest request) {
		return request.getCookies() != null
				&& Arrays.stream(request.getCookies()).anyMatch(cookie -> LocaleConfiguration.COOKIE.equals(cookie.getName()));
	}

	/** Who signed in, by password or single sign-on. */
	private static Optional<PersonId> personOf(Authentication authentication) {
		if (authentication.getPrincipal() instanceof SignedInPerson person) {
			return Optional.of(new PersonId(person.personId()));
		}
		if (authentication.getPrincipal() instanceof CurrentViewer.PersonPrincipal person) {
			return Optional.of(person.personId());
		}
		return Optional.empty();
	}
}
