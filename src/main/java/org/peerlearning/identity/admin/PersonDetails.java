package org.peerlearning.identity.admin;

import java.util.List;

/** A person's own details as an administrator enters them, already cleaned of blanks. */
record PersonDetails(String email, String givenName, String familyName, String cpsoNumber, List<String> subspecialties,
		String language) {

	PersonDetails {
		email = email.strip().toLowerCase();
		givenName = givenName.strip();
		familyName = familyName.strip();
		cpsoNumber = cpsoNumber == null || cpsoNumber.isBlank() ? null : cpsoNumber.strip();
		subspecialties = subspecialties == null ? List.of()
				: subspecialties.stream().map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
		language = language == null || language.isBlank() ? "en" : language;
	}
}
