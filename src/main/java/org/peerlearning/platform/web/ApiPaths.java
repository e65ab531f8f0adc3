package org.peerlearning.platform.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Where the machine-facing API lives: requests there are answered with problem details, never
 * with pages, and accept bearer tokens. One list, read by the error handling and the security.
 */
public final class ApiPaths {

	/** Path patterns of the API. Later integrations (e.g. {@code /fhir/**}) are added here. */
	public static final List<String> PATTERNS = List.of("/api/**");

	private ApiPaths() {
	}

	/** Whether the request (by its path within the application) is an API call. */
	public static boolean matches(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return PATTERNS.stream().map(p -> p.substring(0, p.length() - "**".length())).anyMatch(prefix -> path.startsWith(prefix));
	}
}
