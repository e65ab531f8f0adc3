package org.peerlearning.identity.profile;

import org.peerlearning.identity.PersonId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** A person's preferred language (English or French), kept on their record. */
@Repository
class LanguagePreferences {

	private final JdbcClient jdbc;

	LanguagePreferences(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional
	void change(PersonId person, String language) {
		jdbc.sql("update person set language = ?, updated_at = now(), updated_by = ? where id = ?")
			.params(language, person.value(), person.value())
			.update();
	}
}
