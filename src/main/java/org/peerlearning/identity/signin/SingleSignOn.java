package org.peerlearning.identity.signin;

import java.io.IOException;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.peerlearning.identity.CurrentViewer;
import org.peerlearning.identity.People;
import org.peerlearning.identity.Person;
import org.peerlearning.identity.PersonId;
import org.peerlearning.identity.SignInFailed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * Sign-in through the organization's OpenID Connect provider. The provider vouches for an e-mail;
 * the person with that e-mail (ignoring case, active only) is signed in. No account is ever created
 * here: an unknown e-mail is sent back to the sign-in page. The provider is described from its
 * issuer on first use, so the platform starts even while the provider is unreachable.
 */
@Component
@ConditionalOnBooleanProperty("peerlearning.oidc.enabled")
class SingleSignOn implements ClientRegistrationRepository {

	static final String UNKNOWN_PERSON = "unknown_person";

	private static final Logger log = LoggerFactory.getLogger(SingleSignOn.class);

	private final SsoProperties properties;

	private final People people;

	private final ApplicationEventPublisher events;

	private final SignInSuccessHandler success;

	private final OidcUserService provider = new OidcUserService();

	private volatile ClientRegistration registration;

	SingleSignOn(SsoProperties properties, People people, ApplicationEventPublisher events, SignInSuccessHandler success) {
		this.properties = properties;
		this.people = people;
		this.events = events;
		this.success = success;
	}

	void configure(HttpSecurity http) {
		http.oauth2Login(login -> login.loginPage("/login")
			.clientRegistrationRepository(this)
			// The tokens are not used after sign-in; keeping them in the session keeps instances stateless.
			.authorizedClientRepository(new HttpSessionOAuth2AuthorizedClientRepository())
			.userInfoEndpoint(userInfo -> userInfo.oidcUserService(this::signIn))
			.successHandler(success)
			.failureHandler(this::refused));
	}

	@Override
	public ClientRegistration findByRegistrationId(String registrationId) {
		if (!SsoProperties.REGISTRATION_ID.equals(registrationId)) {
			return null;
		}
		ClientRegistration known = registration;
		if (known == null) {
			synchronized (this) {
				if (registration == null) {
					registration = describe();
				}
				known = registration;
			}
		}
		return known;
	}

	private ClientRegistration describe() {
		try {
			return ClientRegistrations.fromIssuerLocation(properties.issuerUri())
				.registrationId(SsoProperties.REGISTRATION_ID)
				.clientId(properties.clientId())
				.clientSecret(properties.clientSecret())
				.scope("openid", "email", "profile")
				.build();
		}
		catch (RuntimeException ex) {
			log.warn("The single sign-on provider at {} could not be described: {}", properties.issuerUri(), ex.getMessage());
			return null;
		}
	}

	private OidcUser signIn(OidcUserRequest request) {
		OidcUser user = provider.loadUser(request);
		String email = user.getClaimAsString(properties.emailClaim());
		Person person = email == null || email.isBlank() ? null : people.findByEmail(email).filter(Person::active).orElse(null);
		if (person == null) {
			throw new UnknownPerson(email);
		}
		return new SsoSignedInPerson(person.id().value(), person.email(), List.of(new SimpleGrantedAuthority("ROLE_USER")), user);
	}

	private void refused(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
			throws IOException {
		if (exception instanceof UnknownPerson unknown) {
			events.publishEvent(new SignInFailed(unknown.email, null, "sso-unknown-person"));
			response.sendRedirect(request.getContextPath() + "/login?ssoUnknown");
			return;
		}
		String code = exception instanceof OAuth2AuthenticationException oauth ? oauth.getError().getErrorCode() : "error";
		log.info("Single sign-on refused: {}", code);
		events.publishEvent(new SignInFailed("", null, "sso-" + code));
		response.sendRedirect(request.getContextPath() + "/login?ssoFailed");
	}

	/** The provider signed in someone whose e-mail is no active person's. */
	static final class UnknownPerson extends OAuth2AuthenticationException {

		private final String email;

		UnknownPerson(String email) {
			super(new OAuth2Error(UNKNOWN_PERSON));
			this.email = email == null ? "" : email;
		}
	}

	/** The principal of a single sign-on session: the provider's user, resolved to one of our people. */
	static final class SsoSignedInPerson extends DefaultOidcUser implements CurrentViewer.PersonPrincipal {

		private static final long serialVersionUID = 1L;

		private final UUID personId;

		private final String email;

		SsoSignedInPerson(UUID personId, String email, List<SimpleGrantedAuthority> authorities, OidcUser user) {
			super(authorities, user.getIdToken(), user.getUserInfo());
			this.personId = personId;
			this.email = email;
		}

		@Override
		public PersonId personId() {
			return new PersonId(personId);
		}

		/** The e-mail, as for form sign-in, so sessions are found by person whichever way they signed in. */
		@Override
		public String getName() {
			return email;
		}
	}
}
