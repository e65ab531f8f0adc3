package org.peerlearning.identity.signin;

import java.io.IOException;
import java.time.Instant;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * Sends a refused sign-in back to the form with what was typed in the e-mail field. A locked
 * account is told so (and until when); any other refusal gets the same generic message, so the
 * page never tells whether an e-mail has an account.
 */
@Component
class SignInFailureHandler implements AuthenticationFailureHandler {

	static final String EMAIL = "email";

	static final String LOCKED_UNTIL = "lockedUntil";

	private final SignInAttempts attempts;

	private final SessionFlashMapManager flashMaps = new SessionFlashMapManager();

	SignInFailureHandler(SignInAttempts attempts) {
		this.attempts = attempts;
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
			throws IOException {
		String email = request.getParameter(EMAIL);
		// A wrong password may just have locked the account: then the person learns it now.
		Optional<Instant> lockedUntil = exception instanceof LockedException || exception instanceof BadCredentialsException
				? attempts.lockedUntil(email) : Optional.empty();
		FlashMap flash = new FlashMap();
		flash.put(EMAIL, email == null ? "" : email.strip());
		lockedUntil.ifPresent(until -> flash.put(LOCKED_UNTIL, until));
		flash.setTargetRequestPath(request.getContextPath() + "/login");
		flashMaps.saveOutputFlashMap(flash, request, response);
		response.sendRedirect(request.getContextPath() + (lockedUntil.isPresent() ? "/login?locked" : "/login?error"));
	}
}
