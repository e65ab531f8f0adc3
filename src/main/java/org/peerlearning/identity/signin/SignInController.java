package org.peerlearning.identity.signin;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The sign-in page; Spring Security handles the form's POST. After a refusal the failure handler
 * leaves the typed e-mail (and, for a locked account, the end of the lock) as flash attributes.
 */
@Controller
class SignInController {

	private static final List<String> PROBLEMS = List.of("error", "locked", "ssoUnknown", "ssoFailed");

	private final SsoProperties sso;

	private final SignInProperties signIn;

	SignInController(SsoProperties sso, SignInProperties signIn) {
		this.sso = sso;
		this.signIn = signIn;
	}

	@GetMapping("/login")
	String signIn(Model model, Locale locale, HttpServletRequest request) {
		model.addAttribute("problem", PROBLEMS.stream().anyMatch(problem -> request.getParameter(problem) != null));
		if (!model.containsAttribute(SignInFailureHandler.EMAIL)) {
			model.addAttribute(SignInFailureHandler.EMAIL, request.getParameter(SignInFailureHandler.EMAIL));
		}
		model.addAttribute("sso", sso.enabled());
		model.addAttribute("ssoName", sso.hasDisplayName() ? sso.displayName().strip() : null);
		if (model.getAttribute(SignInFailureHandler.LOCKED_UNTIL) instanceof Instant until) {
			model.addAttribute("lockedUntilText", DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
				.withLocale(locale)
				.withZone(signIn.zone())
				.format(until));
		}
		return "identity/login";
	}
}
