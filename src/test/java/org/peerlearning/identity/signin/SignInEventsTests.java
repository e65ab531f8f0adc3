package org.peerlearning.identity.signin;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.peerlearning.identity.PersonId;
import org.peerlearning.identity.SignedIn;
import org.peerlearning.identity.SignedOut;
import org.peerlearning.identity.signin.SingleSignOn.SsoSignedInPerson;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;

/** The sign-in events of single sign-on, which a test over HTTP cannot record (they happen on server threads). */
class SignInEventsTests {

	private final List<Object> published = new ArrayList<>();

	private final SignInAttempts attempts = mock(SignInAttempts.class);

	private final SignInEvents events = new SignInEvents(attempts, published::add);

	private final UUID person = UUID.randomUUID();

	@Test
	void aSingleSignOnIsRecordedAsSuchAndLeavesTheWrongPasswordCountAlone() {
		events.signedIn(new AuthenticationSuccessEvent(ssoAuthentication()));

		assertThat(published).singleElement().isEqualTo(new SignedIn(new PersonId(person), "sso"));
		verifyNoInteractions(attempts);
	}

	@Test
	void signingOutOfASingleSignOnSessionIsRecorded() {
		events.signedOut(new LogoutSuccessEvent(ssoAuthentication()));

		assertThat(published).singleElement().isEqualTo(new SignedOut(new PersonId(person)));
	}

	private TestingAuthenticationToken ssoAuthentication() {
		OidcIdToken token = new OidcIdToken("token", Instant.now(), Instant.now().plusSeconds(60),
				Map.of("sub", "provider-subject", "email", "someone@signin.test"));
		SsoSignedInPerson principal = new SsoSignedInPerson(person, "someone@signin.test",
				List.of(new SimpleGrantedAuthority("ROLE_USER")), new DefaultOidcUser(List.of(), token));
		TestingAuthenticationToken authentication = new TestingAuthenticationToken(principal, null, "ROLE_USER");
		authentication.setAuthenticated(true);
		return authentication;
	}
}
