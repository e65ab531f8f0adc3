package org.peerlearning.identity.profile;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.peerlearning.identity.CurrentViewer;
import org.peerlearning.identity.People;
import org.peerlearning.identity.Person;
import org.peerlearning.identity.Role;
import org.peerlearning.identity.Viewer;
import org.peerlearning.identity.profile.ProfileForms.LanguageForm;
import org.peerlearning.identity.profile.ProfileForms.TokenForm;
import org.peerlearning.identity.tokens.ApiToken;
import org.peerlearning.identity.tokens.ApiTokens;
import org.peerlearning.identity.tokens.IssuedApiToken;
import org.peerlearning.identity.tokens.TokenLifetime;
import org.peerlearning.organization.Organization;
import org.peerlearning.organization.OrganizationId;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The signed-in person's own page: who they are, where they work, their language and their API
 * tokens. Token forms answer just the tokens section to htmx and the whole page otherwise.
 */
@Controller
class ProfileController {

	static final String PAGE = "identity/profile";

	static final String TOKENS_FRAGMENT = "identity/profile-tokens :: tokens";

	private final CurrentViewer currentViewer;

	private final People people;

	private final ApiTokens tokens;

	private final LanguagePreferences languages;

	private final LocaleResolver localeResolver;

	ProfileController(CurrentViewer currentViewer, People people, ApiTokens tokens, LanguagePreferences languages,
			LocaleResolver localeResolver) {
		this.currentViewer = currentViewer;
		this.people = people;
		this.tokens = tokens;
		this.languages = languages;
		this.localeResolver = localeResolver;
	}

	@GetMapping("/profile")
	String profile(Model model) {
		Person person = me();
		model.addAttribute("languageForm", new LanguageForm(person.language()));
		model.addAttribute("tokenForm", TokenForm.blank());
		return page(model, person);
	}

	@PostMapping("/profile/language")
	String changeLanguage(@Valid @ModelAttribute("languageForm") LanguageForm form, BindingResult result, Model model,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			model.addAttribute("tokenForm", TokenForm.blank());
			return page(model, me());
		}
		languages.change(currentViewer.get().personId(), form.language());
		// The interface follows the saved preference at once, through the same cookie as ?lang=.
		localeResolver.setLocale(request, response, Locale.forLanguageTag(form.language()));
		redirect.addFlashAttribute("flash", "identity.profile.language.saved");
		return "redirect:/profile";
	}

	/**
	 * Answers the page (or section) with the new token in it rather than redirecting: a redirect
	 * would have to carry the secret through the session store, and the secret is never stored.
	 */
	@PostMapping("/profile/tokens")
	String createToken(@Valid @ModelAttribute("tokenForm") TokenForm form, BindingResult result, Model model,
			@RequestHeader(name = "HX-Request", required = false) String htmx) {
		Viewer viewer = currentViewer.get();
		if (!result.hasFieldErrors("name") && tokens.nameInUse(viewer.personId(), form.name())) {
			result.rejectValue("name", "identity.tokens.name.taken");
		}
		if (result.hasErrors()) {
			return tokensAnswer(model, htmx);
		}
		IssuedApiToken issued = tokens.create(viewer.personId(), form.name(), form.lifetime());
		model.addAttribute("issued", issued);
		model.addAttribute("tokenForm", TokenForm.blank());
		return tokensAnswer(model, htmx);
	}

	@PostMapping("/profile/tokens/{id}/revoke")
	String revokeToken(@PathVariable UUID id, Model model, RedirectAttributes redirect,
			@RequestHeader(name = "HX-Request", required = false) String htmx) {
		Viewer viewer = currentViewer.get();
		boolean revoked = tokens.revoke(viewer.personId(), id, viewer.personId().value());
		String message = revoked ? "identity.tokens.revoked" : "identity.tokens.alreadyRevoked";
		if (htmx != null) {
			model.addAttribute("tokensMessage", message);
			model.addAttribute("tokenForm", TokenForm.blank());
			return tokensAnswer(model, htmx);
		}
		redirect.addFlashAttribute("flash", message);
		return "redirect:/profile";
	}

	private String tokensAnswer(Model model, String htmx) {
		if (htmx != null) {
			addTokens(model, currentViewer.get());
			return TOKENS_FRAGMENT;
		}
		Person person = me();
		model.addAttribute("languageForm", new LanguageForm(person.language()));
		return page(model, person);
	}

	private String page(Model model, Person person) {
		Viewer viewer = currentViewer.get();
		model.addAttribute("person", person);
		model.addAttribute("memberships", memberships(viewer));
		addTokens(model, viewer);
		return PAGE;
	}

	private void addTokens(Model model, Viewer viewer) {
		Instant now = Instant.now();
		model.addAttribute("tokens", tokens.list(viewer.personId()).stream().map(t -> TokenRow.of(t, now)).toList());
		model.addAttribute("lifetimes", TokenLifetime.values());
	}

	/** Each organization the person belongs to, by name, with their roles there. */
	private List<MembershipRow> memberships(Viewer viewer) {
		Map<OrganizationId, String> names = viewer.organizations()
			.stream()
			.collect(Collectors.toMap(Organization::id, Organization::name, (a, b) -> a));
		return people.memberships(viewer.personId())
			.stream()
			.filter(m -> names.containsKey(m.organizationId()))
			.map(m -> new MembershipRow(names.get(m.organizationId()), m.organizationId().equals(viewer.organizationId()),
					m.roles().stream().sorted().toList()))
			.sorted(Comparator.comparing(MembershipRow::organization, String.CASE_INSENSITIVE_ORDER))
			.toList();
	}

	private Person me() {
		return people.find(currentViewer.get().personId()).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	/** A token as the page lists it; times in UTC, which the page says. */
	record TokenRow(UUID id, String name, String prefix, String state, String created, String lastUsed, String expires,
			boolean revocable) {

		private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

		private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

		static TokenRow of(ApiToken token, Instant now) {
			return new TokenRow(token.id(), token.name(), token.prefix(), token.state(now), DAY.format(token.createdAt()),
					token.lastUsedAt() == null ? null : MINUTE.format(token.lastUsedAt()),
					token.expiresAt() == null ? null : DAY.format(token.expiresAt()), !token.revoked());
		}
	}

	record MembershipRow(String organization, boolean current, List<Role> roles) {
	}
}
