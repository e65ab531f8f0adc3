package org.peerlearning.notification;

import org.junit.jupiter.api.Test;
import org.peerlearning.identity.PersonId;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNoException;

class NoticeTests {

	private static final PersonId SOMEONE = new PersonId(java.util.UUID.randomUUID());

	@Test
	void aNoticeLinksToAPathOfIds() {
		assertThatNoException().isThrownBy(() -> new Notice(null, SOMEONE, "feedback.received", "/feedback/4f2a-91?tab=thread"));
	}

	@Test
	void aNoticeCannotCarryFreeTextInItsLink() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Notice(null, SOMEONE, "feedback.received", "/cases/1 John Smith"));
		assertThatIllegalArgumentException().isThrownBy(() -> new Notice(null, SOMEONE, "feedback.received", "/cases/Crohn%20disease"));
		assertThatIllegalArgumentException().isThrownBy(() -> new Notice(null, SOMEONE, "feedback.received", "https://elsewhere.example/"));
		assertThatIllegalArgumentException().isThrownBy(() -> new Notice(null, SOMEONE, "feedback.received", "//elsewhere.example/x"));
	}

	@Test
	void aNoticesKindIsAMessageKeyNotASentence() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Notice(null, SOMEONE, "Your CT of John Smith", "/x"));
		assertThatIllegalArgumentException().isThrownBy(() -> new Notice(null, SOMEONE, "single", "/x"));
	}
}
