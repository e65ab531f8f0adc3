package org.peerlearning.identity.signin;

import java.io.Serial;
import java.util.List;
import java.util.UUID;

import org.peerlearning.identity.CurrentViewer.PersonPrincipal;
import org.peerlearning.identity.PersonId;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A request authenticated by a personal API token. Lives for one request only (never in a
 * session) and keeps no secret: the token's id is enough for the audit trail.
 */
final class ApiTokenAuthentication extends AbstractAuthenticationToken {

	@Serial
	private static final long serialVersionUID = 1L;

	private final ApiCaller caller;

	ApiTokenAuthentication(ApiCaller caller) {
		super(List.of(new SimpleGrantedAuthority("ROLE_USER"), new SimpleGrantedAuthority("ROLE_API_TOKEN")));
		this.caller = caller;
		setAuthenticated(true);
	}

	@Override
	public Object getCredentials() {
		return null;
	}

	@Override
	public ApiCaller getPrincipal() {
		return caller;
	}

	@Override
	public String getName() {
		return caller.personId().toString();
	}

	/** The person behind a token; chooses its organization per request, having no session. */
	record ApiCaller(PersonId personId, UUID tokenId) implements PersonPrincipal {

		@Override
		public boolean choosesOrganizationPerRequest() {
			return true;
		}
	}
}
