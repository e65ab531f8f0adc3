package org.peerlearning.intake.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

import org.peerlearning.identity.People;
import org.peerlearning.identity.Person;
import org.peerlearning.identity.PersonId;
import org.peerlearning.organization.OrganizationId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds the person behind a feed's radiologist identifier: a CPSO number (4 to 6 digits) names
 * the physician directly when they are a member of the organization; other identifiers go through
 * {@code radiologist_identifier_map}. Identifiers nobody could be matched to are counted for an
 * administrator's list. Answers are cached for a minute: the same few radiologists sign thousands
 * of reports. Counts are gathered in memory and written in batches, so that concurrent messages do
 * not queue on one counter row.
 */
@Component
public class RadiologistResolver {

	private static final Pattern CPSO = Pattern.compile("\\d{4,6}");

	private static final long CACHE_NANOS = 60_000_000_000L;

	private static final long FLUSH_NANOS = 2_000_000_000L;

	private final JdbcClient jdbc;

	private final People people;

	private final Map<String, Cached> cache = new ConcurrentHashMap<>();

	private final Map<Key, Sighting> unmapped = new ConcurrentHashMap<>();

	private final AtomicLong lastFlush = new AtomicLong(System.nanoTime());

	public RadiologistResolver(JdbcClient jdbc, People people) {
		this.jdbc = jdbc;
		this.people = people;
	}

	/** The person, or {@code null} when the identifier is absent or matches nobody (then it is counted). */
	public PersonId resolve(OrganizationId organization, String rawId, String rawName) {
		if (rawId == null || rawId.isBlank()) {
			return null;
		}
		String id = rawId.strip();
		String cacheKey = organization.value() + "|" + id;
		Cached cached = cache.get(cacheKey);
		if (cached == null || System.nanoTime() - cached.at() > CACHE_NANOS) {
			cached = new Cached(System.nanoTime(), lookUp(organization, id).orElse(null));
			cache.put(cacheKey, cached);
		}
		if (cached.person() == null) {
			unmapped.computeIfAbsent(new Key(organization, id), k -> new Sighting()).seen(rawName);
		}
		return cached.person();
	}

	private Optional<PersonId> lookUp(OrganizationId organization, String id) {
		if (CPSO.matcher(id).matches()) {
			Optional<PersonId> member = people.findByCpso(id)
				.filter(Person::active)
				.map(Person::id)
				.filter(person -> people.memberships(person).stream().anyMatch(m -> m.organizationId().equals(organization)));
			if (member.isPresent()) {
				return member;
			}
		}
		return jdbc.sql("""
				select person_id from radiologist_identifier_map
				where organization_id = ? and raw_identifier = ? and retired_at is null""")
			.params(organization.value(), id)
			.query((rs, n) -> new PersonId(rs.getObject("person_id", UUID.class)))
			.optional();
	}

	/** Forgets cached answers, after an administrator mapped an identifier. */
	public void invalidate() {
		cache.clear();
	}

	/** Writes the gathered counts when the last write is a while ago; called after a message is committed. */
	public void flushIfDue() {
		long last = lastFlush.get();
		if (System.nanoTime() - last > FLUSH_NANOS && lastFlush.compareAndSet(last, System.nanoTime())) {
			flush();
		}
	}

	/** Writes the gathered counts of unmapped identifiers now. */
	public void flush() {
		for (Key key : List.copyOf(unmapped.keySet())) {
			Sighting sighting = unmapped.remove(key);
			if (sighting == null || sighting.count.get() == 0) {
				continue;
			}
			jdbc.sql("""
					insert into unmapped_radiologist (organization_id, raw_identifier, raw_name, message_count)
					values (?, ?, ?, ?)
					on conflict (organization_id, raw_identifier) do update
					set message_count = unmapped_radiologist.message_count + excluded.message_count,
					    raw_name = coalesce(excluded.raw_name, unmapped_radiologist.raw_name),
					    last_seen_at = now()""")
				.params(key.organization().value(), cut(key.rawId(), 64), cut(sighting.name, 250), sighting.count.get())
				.update();
		}
	}

	static String cut(String value, int max) {
		return value == null || value.length() <= max ? value : value.substring(0, max);
	}

	private record Cached(long at, PersonId person) {
	}

	private record Key(OrganizationId organization, String rawId) {
	}

	private static final class Sighting {

		final AtomicLong count = new AtomicLong();

		volatile String name;

		void seen(String rawName) {
			count.incrementAndGet();
			if (rawName != null) {
				name = rawName;
			}
		}
	}
}
