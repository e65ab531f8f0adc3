package org.peerlearning.identity.tokens;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.peerlearning.identity.ApiTokenCreated;
import org.peerlearning.identity.ApiTokenRevoked;
import org.peerlearning.identity.ApiTokenUsed;
import org.peerlearning.identity.PersonId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * Personal API tokens: 256 random bits, base64url, behind a recognisable {@value #PREFIX} prefix so
 * secret scanners and people can tell what a leaked string is. Only the SHA-256 hash is stored;
 * a presented token is found by its hash.
 */
@Service
public class ApiTokens {

	public static final String PREFIX = "plt_";

	static final int SHOWN_PREFIX_LENGTH = 8;

	/** Writing last_used_at on every call would turn each read into a write; once a minute is enough. */
	static final Duration LAST_USED_RESOLUTION = Duration.ofMinutes(1);

	private static final int SECRET_BYTES = 32;

	private static final int TOKEN_LENGTH = PREFIX.length() + 43;

	private static final String COLUMNS = "id, person_id, name, token_prefix, created_at, last_used_at, expires_at, revoked_at";

	private final SecureRandom random = new SecureRandom();

	private final Map<UUID, Instant> lastUseWritten = new ConcurrentHashMap<>();

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock = Clock.systemUTC();

	ApiTokens(JdbcClient jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	/** Creates a token; a second live token of the same name fails with a duplicate key (409). */
	@Transactional
	public IssuedApiToken create(PersonId person, String name, TokenLifetime lifetime) {
		byte[] bytes = new byte[SECRET_BYTES];
		random.nextBytes(bytes);
		String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		Instant now = clock.instant();
		ApiToken token = new ApiToken(UUID.randomUUID(), person, name.strip(), secret.substring(0, SHOWN_PREFIX_LENGTH), now, null,
				lifetime.expiryFrom(now), null);
		jdbc.sql("""
				insert into api_token (id, person_id, name, token_prefix, token_hash, created_at, created_by, expires_at)
				values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(token.id(), person.value(), token.name(), token.prefix(), hash(secret), Timestamp.from(now), person.value(),
					token.expiresAt() == null ? null : Timestamp.from(token.expiresAt()))
			.update();
		events.publishEvent(new ApiTokenCreated(token.id(), person, token.name(), token.prefix(), token.expiresAt()));
		return new IssuedApiToken(token, secret);
	}

	/** Whether the person already has a live (unrevoked) token of that name. */
	public boolean nameInUse(PersonId person, String name) {
		return jdbc.sql("select count(*) from api_token where person_id = ? and lower(name) = lower(?) and revoked_at is null")
			.params(person.value(), name.strip())
			.query(Long.class)
			.single() > 0;
	}

	/** The person's tokens, newest first, revoked ones included (they are history). */
	public List<ApiToken> list(PersonId person) {
		return jdbc.sql("select " + COLUMNS + " from api_token where person_id = ? order by created_at desc, name")
			.param(person.value())
			.query(ApiTokens::token)
			.list();
	}

	/** One of the person's own tokens; anybody else's is as good as missing. */
	public Optional<ApiToken> find(PersonId owner, UUID id) {
		return jdbc.sql("select " + COLUMNS + " from api_token where id = ? and person_id = ?")
			.params(id, owner.value())
			.query(ApiTokens::token)
			.optional();
	}

	/**
	 * Revokes one of the owner's tokens. Answers {@code false} if it was already revoked; someone
	 * else's token, or none, is a 404.
	 */
	@Transactional
	public boolean revoke(PersonId owner, UUID id, UUID actor) {
		ApiToken token = find(owner, id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		int changed = jdbc.sql("update api_token set revoked_at = ?, revoked_by = ? where id = ? and person_id = ? and revoked_at is null")
			.params(Timestamp.from(clock.instant()), actor, id, owner.value())
			.update();
		if (changed == 0) {
			return false;
		}
		events.publishEvent(new ApiTokenRevoked(id, owner, actor, token.prefix()));
		return true;
	}

	/**
	 * The live token behind a presented secret: not revoked, not expired, its owner not retired.
	 * Anything malformed is rejected before touching the database.
	 */
	public Optional<ApiToken> authenticate(String presented) {
		if (presented == null || presented.length() != TOKEN_LENGTH || !presented.startsWith(PREFIX)) {
			return Optional.empty();
		}
		return jdbc.sql("select t.id, t.person_id, t.name, t.token_prefix, t.created_at, t.last_used_at, t.expires_at, t.revoked_at "
				+ "from api_token t join person p on p.id = t.person_id "
				+ "where t.token_hash = ? and t.revoked_at is null and (t.expires_at is null or t.expires_at > ?) and p.retired_at is null")
			.params(hash(presented), Timestamp.from(clock.instant()))
			.query(ApiTokens::token)
			.optional();
	}

	/**
	 * Notes an authenticated call: publishes {@link ApiTokenUsed} for the audit trail and moves
	 * last_used_at forward, at most once a minute per token (also across instances, by the SQL).
	 */
	@Transactional
	public void recordUse(ApiToken token, UUID organizationId, String method, String path) {
		Instant now = clock.instant();
		Instant written = lastUseWritten.get(token.id());
		if (written == null || !written.plus(LAST_USED_RESOLUTION).isAfter(now)) {
			jdbc.sql("update api_token set last_used_at = ? where id = ? and (last_used_at is null or last_used_at <= ?)")
				.params(Timestamp.from(now), token.id(), Timestamp.from(now.minus(LAST_USED_RESOLUTION)))
				.update();
			lastUseWritten.put(token.id(), now);
		}
		events.publishEvent(new ApiTokenUsed(token.id(), token.personId(), organizationId, method, path));
	}

	/** SHA-256 of the whole token, lower-case hex. A slow hash is unneeded: the secret has 256 random bits. */
	static String hash(String token) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", impossible);
		}
	}

	private static ApiToken token(ResultSet rs, int row) throws SQLException {
		return new ApiToken(rs.getObject("id", UUID.class), new PersonId(rs.getObject("person_id", UUID.class)), rs.getString("name"),
				rs.getString("token_prefix"), instant(rs, "created_at"), instant(rs, "last_used_at"), instant(rs, "expires_at"),
				instant(rs, "revoked_at"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}
}
