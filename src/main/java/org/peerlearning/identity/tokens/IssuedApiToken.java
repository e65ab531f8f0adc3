package org.peerlearning.identity.tokens;

/**
 * A token just created, with its secret. This is the only moment the secret exists outside the
 * caller's hands: it is shown once and never stored.
 */
public record IssuedApiToken(ApiToken token, String secret) {

	@Override
	public String toString() {
		return "IssuedApiToken[" + token.id() + "]";
	}
}
