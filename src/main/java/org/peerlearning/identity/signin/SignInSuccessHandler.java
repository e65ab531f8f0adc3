package org.peerlearning.identity.signin;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.peerlearning.identity.Accounts;
import org.peerlearning.identity.PersonId;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/**
 * After a password sign-in, a person who must choose a new password (every account an
 * administrator creates) goes to the password page first and is kept there by
 * {@link PasswordChangeGate}; everyone else goes where they were heading.
 */
@Component
class SignInSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

	private final Accounts accounts;

	SignInSuccessHandler(Accounts accounts) {
		this.accounts = accounts;
		setDefaultTargetUrl("/");
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
			throws ServletException, IOException {
		if (authentication.getPrincipal() instanceof SignedInPerson person
				&& accounts.mustChangePassword(new PersonId(person.personId()))) {
			request.getSession().setAttribute(PasswordChangeGate.REQUIRED, Boolean.TRUE);
			clearAuthenticationAttributes(request);
			getRedirectStrategy().sendRedirect(request, response, "/password");
			return;
		}
		super.onAuthenticationSuccess(request, response, authentication);
	}
}
