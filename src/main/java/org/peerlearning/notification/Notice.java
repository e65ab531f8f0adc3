package org.peerlearning.notification;

import java.util.Objects;
import java.util.regex.Pattern;

import org.peerlearning.identity.PersonId;
import org.peerlearning.organization.OrganizationId;

/**
 * Something a person should look at: what kind of thing it is, and where in the platform to look.
 * Nothing else can be said in a notice, on purpose: the kind is a message key
 * ({@code notification.kind.<kind>} in the bundles, with a subject and a line of text in each
 * language) and the link is a path made of ids, so a notice can never carry a patient's or a
 * colleague's name, in the application or in the e-mail that announces it.
 *
 * @param organizationId the organization the linked page belongs to, or {@code null} for the
 *     person's own account (sign-in, tokens)
 */
public record Notice(OrganizationId organizationId, PersonId recipient, String kind, String link) {

	private static final Pattern KIND = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)+");

	/** A path inside the platform: letters, digits and the few signs ids and query strings need. */
	private static final Pattern LINK = Pattern.compile("/[A-Za-z0-9/_.=&?-]{0,300}");

	public Notice {
		Objects.requireNonNull(recipient, "recipient");
		if (kind == null || !KIND.matcher(kind).matches()) {
			throw new IllegalArgumentException("a notice's kind is a dotted message key such as 'feedback.received'");
		}
		if (link == null || !LINK.matcher(link).matches() || link.startsWith("//")) {
			throw new IllegalArgumentException("a notice links to a path of the platform made of ids, e.g. /feedback/42");
		}
	}
}
