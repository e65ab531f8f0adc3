package org.peerlearning.identity.signin;

import java.io.IOException;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.peerlearning.identity.CurrentViewer;
import org.peerlearning.identity.Viewer;
import org.peerlearning.identity.signin.ApiTokenAuthentication.ApiCaller;
import org.peerlearning.identity.tokens.ApiToken;
import org.peerlearning.identity.tokens.ApiTokens;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.server.ResponseStatusException;

/**
 * Authenticates {@code Authorization: Bearer <token>} calls. The authentication lives in this
 * request only: nothing is saved in a session. A request without the header passes through
 * untouched (a browser session may still authenticate it); one with a bad token stops here with
 * 401, whatever else it carries.
 */
final class BearerTokenFilter extends OncePerRequestFilter {

	private static final String SCHEME = "Bearer ";

	private static final int MAX_AUDITED_PATH = 500;

	private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

	private final ApiTokens tokens;

	private final CurrentViewer currentViewer;

	private final ProblemResponses problems;

	BearerTokenFilter(ApiTokens tokens, CurrentViewer currentViewer, ProblemResponses problems) {
		this.tokens = tokens;
		this.currentViewer = currentViewer;
		this.problems = problems;
	}

	static boolean carriesBearerToken(HttpServletRequest request) {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		return header != null && header.regionMatches(true, 0, SCHEME, 0, SCHEME.length());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!carriesBearerToken(request)) {
			chain.doFilter(request, response);
			return;
		}
		Optional<ApiToken> token = tokens.authenticate(request.getHeader(HttpHeaders.AUTHORIZATION).substring(SCHEME.length()).strip());
		if (token.isEmpty()) {
			contexts.clearContext();
			problems.invalidToken(request, response);
			return;
		}
		SecurityContext context = contexts.createEmptyContext();
		context.setAuthentication(new ApiTokenAuthentication(new ApiCaller(token.get().personId(), token.get().id())));
		contexts.setContext(context);
		String path = request.getRequestURI();
		tokens.recordUse(token.get(), organizationOfThisCall(), request.getMethod(),
				path.length() > MAX_AUDITED_PATH ? path.substring(0, MAX_AUDITED_PATH) : path);
		chain.doFilter(request, response);
	}

	/**
	 * The organization the call acts in, for the audit entry. A wrong X-Organization header is
	 * answered (404) when the controller asks for the viewer; here it just leaves the entry without one.
	 */
	private UUID organizationOfThisCall() {
		try {
			return currentViewer.find().map(Viewer::organizationId).map(o -> o.value()).orElse(null);
		}
		catch (ResponseStatusException unknownOrganization) {
			return null;
		}
	}
}
