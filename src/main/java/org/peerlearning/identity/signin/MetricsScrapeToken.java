package org.peerlearning.identity.signin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.preauth.PreAuthenticatedAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets the monitoring system that runs the platform read its metrics with one shared token sent
 * as {@code Authorization: Bearer <token>}. Metrics cover every organization of the instance, so
 * they belong to whoever operates it, never to an organization's accounts; with no token
 * configured nobody can read them.
 */
final class MetricsScrapeToken extends OncePerRequestFilter {

	static final String AUTHORITY = "METRICS_SCRAPE";

	private static final String PREFIX = "Bearer ";

	private final byte[] expectedDigest;

	MetricsScrapeToken(String token) {
		this.expectedDigest = token == null || token.isBlank() ? null : digest(token.strip());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader("Authorization");
		if (expectedDigest != null && header != null && header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())
				&& MessageDigest.isEqual(expectedDigest, digest(header.substring(PREFIX.length()).strip()))) {
			SecurityContext context = SecurityContextHolder.getContextHolderStrategy().createEmptyContext();
			context.setAuthentication(new PreAuthenticatedAuthenticationToken("metrics-scraper", "n/a",
					List.of(new SimpleGrantedAuthority(AUTHORITY))));
			SecurityContextHolder.getContextHolderStrategy().setContext(context);
		}
		chain.doFilter(request, response);
	}

	/** Comparing digests keeps the comparison's time independent of where the tokens differ, and of their length. */
	private static byte[] digest(String value) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
