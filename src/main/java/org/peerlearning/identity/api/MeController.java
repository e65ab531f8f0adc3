package org.peerlearning.identity.api;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.peerlearning.identity.CurrentViewer;
import org.peerlearning.identity.Membership;
import org.peerlearning.identity.People;
import org.peerlearning.identity.Person;
import org.peerlearning.identity.Role;
import org.peerlearning.identity.Viewer;
import org.peerlearning.organization.Organization;
import org.peerlearning.organization.OrganizationId;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Who is calling: the first call an integration makes, to check its token and organization. */
@RestController
@Tag(name = "Identity")
class MeController {

	private final CurrentViewer currentViewer;

	private final People people;

	MeController(CurrentViewer currentViewer, People people) {
		this.currentViewer = currentViewer;
		this.people = people;
	}

	@GetMapping("/api/v1/me")
	@Operation(summary = "The caller, their roles in the current organization and every organization they may act in",
			description = "With several organizations, send X-Organization: <organization id> to pick one; "
					+ "the default is the first membership.")
	Me me() {
		Viewer viewer = currentViewer.get();
		Person person = people.find(viewer.personId()).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		Map<OrganizationId, Set<Role>> rolesByOrganization = people.memberships(viewer.personId())
			.stream()
			.collect(Collectors.toMap(Membership::organizationId, Membership::roles, (a, b) -> a));
		OrganizationRef current = viewer.organizations()
			.stream()
			.filter(o -> o.id().equals(viewer.organizationId()))
			.findFirst()
			.map(o -> new OrganizationRef(o.id().value(), o.name()))
			.orElse(null);
		List<OrganizationRoles> organizations = viewer.organizations()
			.stream()
			.sorted(Comparator.comparing(Organization::name, String.CASE_INSENSITIVE_ORDER))
			.map(o -> new OrganizationRoles(o.id().value(), o.name(), names(rolesByOrganization.getOrDefault(o.id(), Set.of()))))
			.toList();
		return new Me(person.id().value(), person.email(), person.displayName(), person.givenName(), person.familyName(),
				person.cpsoNumber(), person.language(), person.platformAdmin(), current, names(viewer.roles()), organizations);
	}

	private static List<String> names(Set<Role> roles) {
		return roles.stream().sorted().map(Role::name).toList();
	}

	/** The contract of {@code GET /api/v1/me}: keep names and order stable, absent values as null. */
	@JsonInclude(JsonInclude.Include.ALWAYS)
	@JsonPropertyOrder({ "id", "email", "displayName", "givenName", "familyName", "cpsoNumber", "language", "platformAdmin",
			"currentOrganization", "roles", "organizations" })
	record Me(UUID id, String email, String displayName, String givenName, String familyName, String cpsoNumber, String language,
			boolean platformAdmin, OrganizationRef currentOrganization, List<String> roles, List<OrganizationRoles> organizations) {
	}

	@JsonInclude(JsonInclude.Include.ALWAYS)
	@JsonPropertyOrder({ "id", "name" })
	record OrganizationRef(UUID id, String name) {
	}

	@JsonPropertyOrder({ "id", "name", "roles" })
	record OrganizationRoles(UUID id, String name, List<String> roles) {
	}
}
