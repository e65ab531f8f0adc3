package org.peerlearning.identity.tokens;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

/** How long a new token lives, chosen at creation. */
public enum TokenLifetime {

	DAYS_30(30), DAYS_90(90), DAYS_365(365), NEVER(0);

	private final int days;

	TokenLifetime(int days) {
		this.days = days;
	}

	/** The expiry of a token created at {@code now}, or {@code null} for one that never expires. */
	public Instant expiryFrom(Instant now) {
		return this == NEVER ? null : now.plus(Duration.ofDays(days));
	}

	public int days() {
		return days;
	}

	/** The lifetime of so many days ({@code null} meaning never), if it is one we offer. */
	public static Optional<TokenLifetime> ofDays(Integer days) {
		if (days == null) {
			return Optional.of(NEVER);
		}
		return Arrays.stream(values()).filter(l -> l != NEVER && l.days == days).findFirst();
	}
}
