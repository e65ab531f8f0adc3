package org.peerlearning.identity.signin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.peerlearning.platform.web.ApiPaths;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * Security refusals on the API as RFC 9457 problem details: 401 with a {@code WWW-Authenticate:
 * Bearer} challenge when nobody (or a bad token) is calling, 403 when a signed-in caller may not.
 * These are written before any controller runs, so they cannot go through the MVC advice.
 */
final class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

	static final String INVALID_TOKEN = "invalid_token";

	private final MessageSource messages;

	ProblemResponses(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException refused) throws IOException {
		unauthorized(request, response, false);
	}

	/** A token was presented but is unknown, revoked or expired. */
	void invalidToken(HttpServletRequest request, HttpServletResponse response) throws IOException {
		unauthorized(request, response, true);
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied) throws IOException {
		// A missing CSRF token on an anonymous call is really missing authentication: say 401, not 403.
		Authentication authentication = SecurityContextHolder.getContextHolderStrategy().getContext().getAuthentication();
		if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
			unauthorized(request, response, false);
			return;
		}
		write(request, response, HttpStatus.FORBIDDEN,
				operations(request) ? "identity.api.problem.operationsForbidden" : "identity.api.problem.forbidden");
	}

	private void unauthorized(HttpServletRequest request, HttpServletResponse response, boolean invalidToken) throws IOException {
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE,
				invalidToken ? "Bearer error=\"" + INVALID_TOKEN + "\"" : "Bearer");
		write(request, response, HttpStatus.UNAUTHORIZED, operations(request) ? "identity.api.problem.operationsUnauthenticated"
				: invalidToken ? "identity.api.problem.invalidToken" : "identity.api.problem.unauthenticated");
	}

	/** The operations endpoints take the instance's scrape token, not a person's token or session. */
	private static boolean operations(HttpServletRequest request) {
		return request.getRequestURI().startsWith(request.getContextPath() + "/actuator/");
	}

	private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detailKey)
			throws IOException {
		Locale locale = request.getLocale() == null ? Locale.ENGLISH : request.getLocale();
		String detail = messages.getMessage(detailKey, null, status.getReasonPhrase(), locale);
		response.setStatus(status.value());
		if (ApiPaths.isFhir(request)) {
			// FHIR clients expect an OperationOutcome for every error, these included
			response.setContentType("application/fhir+json");
			String code = status == HttpStatus.UNAUTHORIZED ? "login" : "forbidden";
			String outcome = "{\"resourceType\":\"OperationOutcome\",\"issue\":[{\"severity\":\"error\",\"code\":\"" + code
					+ "\",\"diagnostics\":" + json(detail) + "}]}";
			response.getOutputStream().write(outcome.getBytes(StandardCharsets.UTF_8));
			return;
		}
		// JSON is UTF-8 by definition: written as bytes, with no charset parameter, like the MVC answers.
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		String body = "{\"type\":\"about:blank\",\"title\":" + json(status.getReasonPhrase()) + ",\"status\":" + status.value()
				+ ",\"detail\":" + json(detail) + ",\"instance\":" + json(request.getRequestURI()) + "}";
		response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
	}

	/** A JSON string literal; the values are our own messages and a request path. */
	static String json(String value) {
		StringBuilder out = new StringBuilder(value.length() + 2).append('"');
		for (char c : value.toCharArray()) {
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				default -> {
					if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == 0x2028 || c == 0x2029) {
						out.append(String.format("\\u%04x", (int) c));
					}
					else {
						out.append(c);
					}
				}
			}
		}
		return out.append('"').toString();
	}
}
