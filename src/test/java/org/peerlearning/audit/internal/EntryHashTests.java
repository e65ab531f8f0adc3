package org.peerlearning.audit.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EntryHashTests {

	static final Instant WHEN = Instant.parse("2026-11-28T04:21:05.123456Z");

	static final UUID ORGANIZATION = UUID.fromString("7d4b2c9e-1f0a-4e55-9a8e-3c2d1b0a9f87");

	static final UUID ACTOR = UUID.fromString("0e9c8b7a-6d5f-4e3d-8c2b-1a0f9e8d7c6b");

	private static AuditEntry entry(String targetType, String targetId, String detailsJson, Instant when) {
		return new AuditEntry(42, when, ORGANIZATION, ACTOR, "admin@lakeshore.demo", "identity.signed-in", targetType, targetId,
				detailsJson, "10.0.0.7", "Firefox", EntryHash.GENESIS, null);
	}

	private static AuditEntry entry() {
		return entry("person", "p-1", "{\"a\":\"1\",\"b\":\"2\"}", WHEN);
	}

	@Test
	void theHashIsSha256InLowerCaseHex() {
		assertThat(EntryHash.of(entry())).matches("[0-9a-f]{64}").isEqualTo(EntryHash.of(entry()));
	}

	@Test
	void changingAnyFieldChangesTheHash() {
		AuditEntry e = entry();
		String original = EntryHash.of(e);
		assertThat(new AuditEntry[] {
				new AuditEntry(43, e.occurredAt(), e.organizationId(), e.actorId(), e.actorLabel(), e.action(), e.targetType(),
						e.targetId(), e.detailsJson(), e.clientIp(), e.userAgent(), e.previousHash(), null),
				new AuditEntry(e.id(), e.occurredAt().plusNanos(1000), e.organizationId(), e.actorId(), e.actorLabel(), e.action(),
						e.targetType(), e.targetId(), e.detailsJson(), e.clientIp(), e.userAgent(), e.previousHash(), null),
				new AuditEntry(e.id(), e.occurredAt(), null, e.actorId(), e.actorLabel(), e.action(), e.targetType(), e.targetId(),
						e.detailsJson(), e.clientIp(), e.userAgent(), e.previousHash(), null),
				new AuditEntry(e.id(), e.occurredAt(), e.organizationId(), null, e.actorLabel(), e.action(), e.targetType(),
						e.targetId(), e.detailsJson(), e.clientIp(), e.userAgent(), e.previousHash(), null),
				new AuditEntry(e.id(), e.occurredAt(), e.organizationId(), e.actorId(), "lead@lakeshore.demo", e.action(),
						e.targetType(), e.targetId(), e.detailsJson(), e.clientIp(), e.userAgent(), e.previousHash(), null),
				new AuditEntry(e.id(), e.occurredAt(), e.organizationId(), e.actorId(), e.actorLabel(), "identity.signed-out",
						e.targetType(), e.targetId(), e.detailsJson(), e.clientIp(), e.userAgent(), e.previousHash(), null),
				entry("site", "p-1", e.detailsJson(), WHEN), entry("person", "p-2", e.detailsJson(), WHEN),
				entry("person", "p-1", "{\"a\":\"1\",\"b\":\"3\"}", WHEN),
				new AuditEntry(e.id(), e.occurredAt(), e.organizationId(), e.actorId(), e.actorLabel(), e.action(), e.targetType(),
						e.targetId(), e.detailsJson(), "10.0.0.8", e.userAgent(), e.previousHash(), null),
				new AuditEntry(e.id(), e.occurredAt(), e.organizationId(), e.actorId(), e.actorLabel(), e.action(), e.targetType(),
						e.targetId(), e.detailsJson(), e.clientIp(), "Chromium", e.previousHash(), null),
				new AuditEntry(e.id(), e.occurredAt(), e.organizationId(), e.actorId(), e.actorLabel(), e.action(), e.targetType(),
						e.targetId(), e.detailsJson(), e.clientIp(), e.userAgent(), "1".repeat(64), null) })
			.allSatisfy(changed -> assertThat(EntryHash.of(changed)).isNotEqualTo(original));
	}

	@Test
	void theKeyOrderAndSpacingOfStoredDetailsDoNotMatter() {
		// PostgreSQL gives jsonb back with its own key order and spaces.
		assertThat(EntryHash.of(entry("person", "p-1", "{\"b\": \"2\", \"a\": \"1\"}", WHEN))).isEqualTo(EntryHash.of(entry()));
		Map<String, String> unordered = new LinkedHashMap<>();
		unordered.put("b", "2");
		unordered.put("a", "1");
		assertThat(EntryHash.detailsJson(unordered)).isEqualTo("{\"a\":\"1\",\"b\":\"2\"}");
	}

	@Test
	void aDetailTurnedFromTextIntoANumberChangesTheHash() {
		assertThat(EntryHash.of(entry("person", "p-1", "{\"a\":1,\"b\":\"2\"}", WHEN))).isNotEqualTo(EntryHash.of(entry()));
	}

	@Test
	void timesAreHashedAsPostgresqlKeepsThemToTheMicrosecond() {
		Instant nanos = Instant.parse("2026-11-28T04:21:05.123456789Z");
		assertThat(EntryHash.storable(nanos)).isEqualTo(WHEN);
		assertThat(EntryHash.of(entry("person", "p-1", entry().detailsJson(), nanos))).isEqualTo(EntryHash.of(entry()));
		assertThat(EntryHash.canonical(entry())).contains("occurred_at:27:2026-11-28T04:21:05.123456Z");
		assertThat(EntryHash.canonical(entry("person", "p-1", "{}", Instant.parse("2026-11-28T04:21:05Z"))))
			.contains("2026-11-28T04:21:05.000000Z");
	}

	@Test
	void noValueCanSpillIntoTheNextField() {
		assertThat(EntryHash.of(entry("ab", "c", "{}", WHEN))).isNotEqualTo(EntryHash.of(entry("a", "bc", "{}", WHEN)));
		assertThat(EntryHash.of(entry("person", null, "{}", WHEN))).isNotEqualTo(EntryHash.of(entry("person", "", "{}", WHEN)));
	}
}
