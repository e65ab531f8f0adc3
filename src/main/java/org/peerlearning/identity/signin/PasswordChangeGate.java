package org.peerlearning.identity.signin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps a person who must choose a new password on the password page: pages redirect there, API
 * calls are refused (403, problem details). It runs after the security filter chains as a plain
 * servlet filter, so it covers every chain, including the API's.
 */
class PasswordChangeGate extends OncePerRequestFilter {

	/** Session attribute set at sign-in while the password must be changed. */
	static final String REQUIRED = "peerlearning.passwordChangeRequired";

	private static final List<String> OPEN = List.of("/password", "/logout", "/login", "/error", "/favicon.ico",
			"/actuator/health");

	private static final List<String> OPEN_PREFIXES = List.of("/css/", "/js/", "/img/", "/webjars/", "/actuator/health/");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (session == null || session.getAttribute(REQUIRED) == null || isOpen(path)) {
			chain.doFilter(request, response);
			return;
		}
		if (path.startsWith("/api/")) {
			response.setStatus(HttpServletResponse.SC_FORBIDDEN);
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			response.getWriter()
				.write("{\"type\":\"about:blank\",\"title\":\"Forbidden\",\"status\":403,"
						+ "\"detail\":\"A new password must be chosen at /password first.\"}");
			return;
		}
		response.sendRedirect(request.getContextPath() + "/password");
	}

	private static boolean isOpen(String path) {
		return OPEN.contains(path) || OPEN_PREFIXES.stream().anyMatch(path::startsWith);
	}
}
