package org.peerlearning.identity.signin;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The principal kept in the session. It holds the person's id and e-mail only: roles are read per
 * request for the current organization, so a role change takes effect at once.
 */
public final class SignedInPerson implements UserDetails, CredentialsContainer, Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	private final UUID personId;

	private final String email;

	private String passwordHash;

	private final boolean locked;

	private final boolean active;

	public SignedInPerson(UUID personId, String email, String passwordHash, boolean locked, boolean active) {
		this.personId = personId;
		this.email = email;
		this.passwordHash = passwordHash;
		this.locked = locked;
		this.active = active;
	}

	public UUID personId() {
		return personId;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority("ROLE_USER"));
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return email;
	}

	@Override
	public boolean isAccountNonLocked() {
		return !locked;
	}

	@Override
	public boolean isEnabled() {
		return active;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof SignedInPerson that && that.personId.equals(personId);
	}

	@Override
	public int hashCode() {
		return personId.hashCode();
	}

	@Override
	public String toString() {
		return "SignedInPerson[" + personId + "]";
	}
}
