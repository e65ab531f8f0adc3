package org.peerlearning.deidentification.web;

import java.util.List;
import java.util.UUID;

import org.peerlearning.identity.People;

/** People who may sign in but belong to no organization, for access tests. */
public final class Outsiders {

	private Outsiders() {
	}

	/** Creates one and answers the e-mail to sign in with. */
	public static String create(People people) {
		String email = "no-membership-" + UUID.randomUUID() + "@deid.test";
		people.create(new People.NewPerson(email, "Noa", "Nowhere", null, List.of(), "en", false), "Deid-Password-1", false,
				null);
		return email;
	}
}
