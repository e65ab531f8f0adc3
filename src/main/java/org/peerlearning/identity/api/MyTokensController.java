package org.peerlearning.identity.api;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.peerlearning.identity.CurrentViewer;
import org.peerlearning.identity.CurrentViewer.PersonPrincipal;
import org.peerlearning.identity.Viewer;
import org.peerlearning.identity.tokens.ApiToken;
import org.peerlearning.identity.tokens.ApiTokens;
import org.peerlearning.identity.tokens.IssuedApiToken;
import org.peerlearning.identity.tokens.TokenLifetime;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The caller's own API tokens. Listing and revoking work with a token too (a leaked token can be
 * revoked with itself); creating one needs a signed-in browser session, so a stolen token cannot
 * mint successors that outlive its revocation.
 */
@RestController
@Tag(name = "Identity")
class MyTokensController {

	private final CurrentViewer currentViewer;

	private final ApiTokens tokens;

	MyTokensController(CurrentViewer currentViewer, ApiTokens tokens) {
		this.currentViewer = currentViewer;
		this.tokens = tokens;
	}

	@GetMapping("/api/v1/me/tokens")
	@Operation(summary = "The caller's API tokens (prefixes only), newest first")
	List<TokenView> list() {
		Instant now = Instant.now();
		return tokens.list(currentViewer.get().personId()).stream().map(t -> TokenView.of(t, now)).toList();
	}

	@PostMapping(path = "/api/v1/me/tokens", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Creates an API token; the answer carries the token, shown this once only",
			description = "Only from a signed-in browser session; a token cannot create tokens.")
	ResponseEntity<TokenView> create(@Valid @RequestBody NewToken request, Authentication authentication) {
		if (authentication.getPrincipal() instanceof PersonPrincipal principal && principal.choosesOrganizationPerRequest()) {
			throw new AccessDeniedException("tokens are created from a signed-in session");
		}
		Viewer viewer = currentViewer.get();
		if (tokens.nameInUse(viewer.personId(), request.name())) {
			throw new ResponseStatusException(HttpStatus.CONFLICT, "A live token already has this name.");
		}
		IssuedApiToken issued = tokens.create(viewer.personId(), request.name(), request.lifetime());
		TokenView view = TokenView.of(issued.token(), Instant.now()).withSecret(issued.secret());
		return ResponseEntity.created(URI.create("/api/v1/me/tokens/" + issued.token().id())).body(view);
	}

	@DeleteMapping("/api/v1/me/tokens/{id}")
	@Operation(summary = "Revokes one of the caller's tokens (404 for anybody else's, 409 if already revoked)")
	ResponseEntity<Void> revoke(@PathVariable UUID id) {
		Viewer viewer = currentViewer.get();
		if (!tokens.revoke(viewer.personId(), id, viewer.personId().value())) {
			throw new ResponseStatusException(HttpStatus.CONFLICT, "The token is already revoked.");
		}
		return ResponseEntity.noContent().build();
	}

	/**
	 * @param expiresInDays 30, 90 or 365; absent for a token that never expires
	 */
	record NewToken(@NotBlank @Size(max = 100) String name, Integer expiresInDays) {

		@AssertTrue(message = "{identity.tokens.expiresInDays.invalid}")
		boolean isExpiresInDaysOffered() {
			return TokenLifetime.ofDays(expiresInDays).isPresent();
		}

		TokenLifetime lifetime() {
			return TokenLifetime.ofDays(expiresInDays).orElseThrow();
		}
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record TokenView(UUID id, String name, String prefix, String state, Instant createdAt, Instant lastUsedAt, Instant expiresAt,
			Instant revokedAt, String token) {

		static TokenView of(ApiToken t, Instant now) {
			return new TokenView(t.id(), t.name(), t.prefix(), t.state(now), t.createdAt(), t.lastUsedAt(), t.expiresAt(),
					t.revokedAt(), null);
		}

		TokenView withSecret(String secret) {
			return new TokenView(id, name, prefix, state, createdAt, lastUsedAt, expiresAt, revokedAt, secret);
		}
	}
}
