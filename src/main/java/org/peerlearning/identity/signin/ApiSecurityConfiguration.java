package org.peerlearning.identity.signin;

import org.peerlearning.identity.CurrentViewer;
import org.peerlearning.identity.tokens.ApiTokens;
import org.peerlearning.platform.web.ApiPaths;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The security of everything that is not a page: the integration API, its documentation and the
 * operations endpoints. Each gets its own chain, ordered before the pages' chain in
 * {@link SecurityConfiguration}, so that chain stays about people signing in.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfiguration {

	/** The OpenAPI description and the Swagger UI that browses it; public. */
	static final String[] DOCS_PATHS = { "/v3/api-docs", "/v3/api-docs/**", "/api-docs", "/api-docs/**", "/swagger-ui/**",
			"/swagger-ui.html" };

	/** JSON answers need no script, style or framing at all. */
	static final String API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

	/**
	 * Swagger UI sets style attributes from its scripts; it needs inline styles, and only it gets
	 * them. Scripts stay 'self' only (its page loads no inline script).
	 */
	static final String SWAGGER_UI_CONTENT_SECURITY_POLICY = SecurityConfiguration.CONTENT_SECURITY_POLICY
		.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");

	static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

	@Bean
	ProblemResponses apiProblemResponses(MessageSource messages) {
		return new ProblemResponses(messages);
	}

	/**
	 * A bearer token authenticates statelessly and needs no CSRF token (a browser never adds one on
	 * its own). Pages calling the API with htmx ride on their session instead, so the session is
	 * still read here, and then CSRF is required for unsafe methods like on any page.
	 */
	@Bean
	@Order(1)
	SecurityFilterChain apiFilterChain(HttpSecurity http, ApiTokens tokens, CurrentViewer currentViewer, ProblemResponses problems)
			throws Exception {
		http.securityMatcher(ApiPaths.PATTERNS.toArray(String[]::new))
			// FHIR clients discover a server by its capability statement before they authenticate
			.authorizeHttpRequests(requests -> requests.requestMatchers(HttpMethod.GET, ApiPaths.FHIR + "/metadata")
				.permitAll()
				.anyRequest()
				.authenticated())
			.addFilterBefore(new BearerTokenFilter(tokens, currentViewer, problems), CsrfFilter.class)
			.csrf(csrf -> csrf.ignoringRequestMatchers(BearerTokenFilter::carriesBearerToken))
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
			.requestCache(cache -> cache.disable())
			.formLogin(AbstractHttpConfigurer::disable)
			.httpBasic(AbstractHttpConfigurer::disable)
			.logout(AbstractHttpConfigurer::disable)
			.exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			.headers(headers -> strictHeaders(headers, API_CONTENT_SECURITY_POLICY));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain apiDocumentationFilterChain(HttpSecurity http) throws Exception {
		http.securityMatcher(DOCS_PATHS)
			.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
			.requestCache(cache -> cache.disable())
			.csrf(Customizer.withDefaults())
			.headers(headers -> strictHeaders(headers, SWAGGER_UI_CONTENT_SECURITY_POLICY));
		return http.build();
	}

	/**
	 * Only health and info are public; Prometheus metrics need the operator's scrape token; anything
	 * else asks for authentication (401, no login page).
	 */
	@Bean
	@Order(3)
	SecurityFilterChain operationsFilterChain(HttpSecurity http, ProblemResponses problems,
			@Value("${peerlearning.metrics.token:}") String metricsToken) throws Exception {
		http.securityMatcher("/actuator/**")
			.authorizeHttpRequests(requests -> requests
				.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info")
				.permitAll()
				.requestMatchers("/actuator/prometheus")
				.hasAuthority(MetricsScrapeToken.AUTHORITY)
				.anyRequest()
				.authenticated())
			.addFilterBefore(new MetricsScrapeToken(metricsToken), AuthorizationFilter.class)
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
			.requestCache(cache -> cache.disable())
			.exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			.headers(headers -> strictHeaders(headers, API_CONTENT_SECURITY_POLICY));
		return http.build();
	}

	private static void strictHeaders(HeadersConfigurer<HttpSecurity> headers, String contentSecurityPolicy) {
		headers.contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy))
			.frameOptions(frame -> frame.deny())
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
			.permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY));
	}
}
