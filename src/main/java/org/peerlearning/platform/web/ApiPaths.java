package org.peerlearning.platform.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Where the machine-facing API lives: requests there are answered with problem details, never
 * with pages, and accept bearer tokens. One list, read by the error handling and the security.
 */
public final class ApiPaths {

	/** Where the FHIR R4 endpoint lives; its errors are FHIR OperationOutcomes rather than problem details. */
	public static final String FHIR = "/fhir";

	/** Path patterns of the API. Later integrations are added here. */
	public static final List<String> PATTERNS = List.of("/api/**", FHIR + "/**");

	private ApiPaths() {
	}

	/** Whether the request (by its path within the application) is an API call. */
	public static boolean matches(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return PATTERNS.stream().map(p -> p.substring(0, p.length() - "/**".length())).anyMatch(base -> under(path, base));
	}

	/** Whether the request goes to the FHIR endpoint. */
	public static boolean isFhir(HttpServletRequest request) {
		return under(request.getRequestURI().substring(request.getContextPath().length()), FHIR);
	}

	private static boolean under(String path, String base) {
		return path.equals(base) || path.startsWith(base + "/");
	}
}
