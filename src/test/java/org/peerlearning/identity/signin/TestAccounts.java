package org.peerlearning.identity.signin;

import java.util.List;
import java.util.UUID;

import org.peerlearning.identity.People;
import org.peerlearning.identity.PersonId;

/** Accounts made for one test, so no test ever locks or changes a demo account. */
final class TestAccounts {

	static final String PASSWORD = "Initial-Passw0rd-9";

	private TestAccounts() {
	}

	static String uniqueEmail(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@signin.test";
	}

	static PersonId create(People people, String email, boolean mustChangePassword) {
		return people.create(new People.NewPerson(email, "Test", "Person", null, List.of(), "en", false), PASSWORD,
				mustChangePassword, null);
	}
}
