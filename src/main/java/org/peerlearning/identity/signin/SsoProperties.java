package org.peerlearning.identity.signin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Single sign-on through an OpenID Connect provider (the organization's identity provider).
 *
 * @param enabled whether the sign-in page offers it
 * @param issuerUri the provider's issuer, whose {@code /.well-known/openid-configuration} describes it
 * @param clientId the platform's client id at the provider
 * @param clientSecret the platform's client secret at the provider
 * @param emailClaim the claim whose value is matched, ignoring case, to a person's e-mail
 * @param displayName the provider's name on the button (otherwise a generic one)
 */
@ConfigurationProperties("peerlearning.oidc")
record SsoProperties(boolean enabled, String issuerUri, String clientId, String clientSecret,
		@DefaultValue("email") String emailClaim, String displayName) {

	static final String REGISTRATION_ID = "sso";

	boolean hasDisplayName() {
		return displayName != null && !displayName.isBlank();
	}
}
