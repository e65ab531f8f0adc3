package org.peerlearning.identity;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.peerlearning.identity.signin.SignedInPerson;
import org.peerlearning.organization.Organization;
import org.peerlearning.organization.OrganizationId;
import org.peerlearning.organization.Organizations;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.server.ResponseStatusException;

/**
 * Resolves, once per request, who is signed in, which organization they are working in and their
 * roles there. The current organization is kept in the session and only ever set to one of the
 * person's own organizations.
 */
@Component
public class CurrentViewer {

	static final String ORGANIZATION_ATTRIBUTE = "peerlearning.currentOrganization";

	/**
	 * Lets a stateless caller (an API token, which has no session to remember a switch in) pick one
	 * of its organizations per request.
	 */
	public static final String ORGANIZATION_HEADER = "X-Organization";

	private static final String REQUEST_CACHE = CurrentViewer.class.getName();

	private final People people;

	private final Organizations organizations;

	CurrentViewer(People people, Organizations organizations) {
		this.people = people;
		this.organizations = organizations;
	}

	/** The viewer of this request, if someone is signed in. */
	public Optional<Viewer> find() {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request != null && request.getAttribute(REQUEST_CACHE, RequestAttributes.SCOPE_REQUEST) instanceof Viewer cached) {
			return Optional.of(cached);
		}
		Optional<Viewer> viewer = caller().flatMap(this::resolve);
		if (request != null) {
			viewer.ifPresent(v -> request.setAttribute(REQUEST_CACHE, v, RequestAttributes.SCOPE_REQUEST));
		}
		return viewer;
	}

	/** The viewer of this request; only called behind authentication. */
	public Viewer get() {
		return find().orElseThrow(() -> new IllegalStateException("nobody is signed in"));
	}

	/**
	 * The viewer, who must administer their current organization (its administrator, or a platform
	 * administrator who has picked one); otherwise the request is refused.
	 */
	public Viewer organizationAdministrator() {
		Viewer viewer = get();
		viewer.requireAdministration();
		viewer.requireOrganization();
		return viewer;
	}

	/**
	 * Makes {@code organization} the current one, if the viewer belongs to it (or is a platform
	 * administrator). Answers whether it was switched.
	 */
	public boolean switchTo(OrganizationId organization) {
		Viewer viewer = get();
		boolean allowed = viewer.organizations().stream().anyMatch(o -> o.id().equals(organization));
		if (!allowed) {
			return false;
		}
		session(true).ifPresent(s -> s.setAttribute(ORGANIZATION_ATTRIBUTE, organization.value().toString()));
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request != null) {
			request.removeAttribute(REQUEST_CACHE, RequestAttributes.SCOPE_REQUEST);
		}
		return true;
	}

	private Optional<Viewer> resolve(Caller caller) {
		PersonId id = caller.personId();
		return people.find(id).filter(Person::active).map(person -> {
			List<Membership> memberships = people.memberships(id);
			List<Organization> reachable = person.platformAdmin()
					? organizations.all().stream().filter(Organization::active).toList()
					: organizations.findAll(memberships.stream().map(Membership::organizationId).toList());
			OrganizationId current = (caller.organizationPerRequest() ? requestedOrganization(reachable) : chosenOrganization())
				.filter(chosen -> reachable.stream().anyMatch(o -> o.id().equals(chosen)))
				.orElseGet(() -> memberships.isEmpty() ? reachable.stream().findFirst().map(Organization::id).orElse(null)
						: memberships.get(0).organizationId());
			Set<Role> roles = memberships.stream()
				.filter(m -> m.organizationId().equals(current))
				.findFirst()
				.map(m -> (Set<Role>) EnumSet.copyOf(m.roles().isEmpty() ? EnumSet.noneOf(Role.class) : m.roles()))
				.orElse(EnumSet.noneOf(Role.class));
			return new Viewer(id, person.email(), person.displayName(), person.platformAdmin(), current, Set.copyOf(roles),
					reachable);
		});
	}

	private static Optional<Caller> caller() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || authentication instanceof AnonymousAuthenticationToken || !authentication.isAuthenticated()) {
			return Optional.empty();
		}
		if (authentication.getPrincipal() instanceof SignedInPerson person) {
			return Optional.of(new Caller(new PersonId(person.personId()), false));
		}
		if (authentication.getPrincipal() instanceof PersonPrincipal principal) {
			return Optional.of(new Caller(principal.personId(), principal.choosesOrganizationPerRequest()));
		}
		return Optional.empty();
	}

	/**
	 * The organization named by the {@value #ORGANIZATION_HEADER} header, if any. Naming one the
	 * caller cannot reach (or something that is no id at all) is a 404, as for any other
	 * organization's data: silently falling back would act in an organization they did not ask for.
	 */
	private static Optional<OrganizationId> requestedOrganization(List<Organization> reachable) {
		if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
			return Optional.empty();
		}
		String header = attributes.getRequest().getHeader(ORGANIZATION_HEADER);
		if (header == null || header.isBlank()) {
			return Optional.empty();
		}
		OrganizationId requested;
		try {
			requested = new OrganizationId(UUID.fromString(header.strip()));
		}
		catch (IllegalArgumentException notAnId) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "unknown organization");
		}
		if (reachable.stream().noneMatch(o -> o.id().equals(requested))) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "unknown organization");
		}
		return Optional.of(requested);
	}

	private static Optional<OrganizationId> chosenOrganization() {
		return session(false).map(s -> s.getAttribute(ORGANIZATION_ATTRIBUTE))
			.map(Object::toString)
			.map(UUID::fromString)
			.map(OrganizationId::new);
	}

	private static Optional<HttpSession> session(boolean create) {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return Optional.ofNullable(request.getSession(create));
		}
		return Optional.empty();
	}

	/**
	 * Implemented by principals other than the form-login one (single sign-on, API tokens) so that
	 * every way in resolves to the same person.
	 */
	public interface PersonPrincipal {

		PersonId personId();

		/**
		 * Whether this caller picks its organization per request with the
		 * {@value CurrentViewer#ORGANIZATION_HEADER} header instead of the session's switcher
		 * (stateless API callers). Defaults to the switcher.
		 */
		default boolean choosesOrganizationPerRequest() {
			return false;
		}
	}

	private record Caller(PersonId personId, boolean organizationPerRequest) {
	}
}
