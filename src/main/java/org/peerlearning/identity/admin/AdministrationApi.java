package org.peerlearning.identity.admin;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import org.peerlearning.identity.CurrentViewer;
import org.peerlearning.identity.PersonId;
import org.peerlearning.identity.Role;
import org.peerlearning.identity.Viewer;
import org.peerlearning.identity.admin.ApiBodies.CreatedPersonBody;
import org.peerlearning.identity.admin.ApiBodies.OrganizationBody;
import org.peerlearning.identity.admin.ApiBodies.PersonBody;
import org.peerlearning.identity.admin.ApiBodies.PersonRequest;
import org.peerlearning.identity.admin.ApiBodies.RetireRequest;
import org.peerlearning.identity.admin.ApiBodies.RolesRequest;
import org.peerlearning.identity.admin.ApiBodies.SettingsRequest;
import org.peerlearning.identity.admin.ApiBodies.SiteBody;
import org.peerlearning.identity.admin.ApiBodies.SiteRequest;
import org.peerlearning.identity.admin.PersonAdministration.Created;
import org.peerlearning.organization.OrganizationAdministration;
import org.peerlearning.organization.OrganizationAdministration.SiteEntry;
import org.peerlearning.organization.Organizations;
import org.peerlearning.organization.ProgramSettings;
import org.peerlearning.organization.SiteId;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The administration API: the same rules as the pages. Sites, people and settings belong to the
 * viewer's current organization; any id from elsewhere is a 404 problem.
 */
@RestController
@RequestMapping("/api/v1")
class AdministrationApi {

	private final CurrentViewer currentViewer;

	private final OrganizationAdministration administration;

	private final Organizations organizations;

	private final PersonAdministration people;

	AdministrationApi(CurrentViewer currentViewer, OrganizationAdministration administration, Organizations organizations,
			PersonAdministration people) {
		this.currentViewer = currentViewer;
		this.administration = administration;
		this.organizations = organizations;
		this.people = people;
	}

	/** Platform administrators see every organization; everyone else the ones they belong to. */
	@GetMapping("/organizations")
	List<OrganizationBody> organizations() {
		Viewer viewer = currentViewer.get();
		return (viewer.platformAdmin() ? organizations.all() : viewer.organizations()).stream().map(OrganizationBody::of).toList();
	}

	@GetMapping("/sites")
	List<SiteBody> sites() {
		Viewer viewer = currentViewer.organizationAdministrator();
		return administration.sites(viewer.organizationId()).stream().map(SiteBody::of).toList();
	}

	@PostMapping("/sites")
	ResponseEntity<SiteBody> createSite(@Valid @RequestBody SiteRequest request) {
		Viewer viewer = currentViewer.organizationAdministrator();
		SiteId id = administration.createSite(viewer.organizationId(), request.name(), request.code(), viewer.personId().value());
		return ResponseEntity.created(URI.create("/api/v1/sites/" + id)).body(SiteBody.of(site(viewer, id.value())));
	}

	@GetMapping("/sites/{id}")
	SiteBody site(@PathVariable UUID id) {
		return SiteBody.of(site(currentViewer.organizationAdministrator(), id));
	}

	@PutMapping("/sites/{id}")
	SiteBody updateSite(@PathVariable UUID id, @Valid @RequestBody SiteRequest request) {
		Viewer viewer = currentViewer.organizationAdministrator();
		SiteEntry site = site(viewer, id);
		administration.updateSite(viewer.organizationId(), site.id(), request.name(), request.code(), viewer.personId().value());
		return SiteBody.of(site(viewer, id));
	}

	@PostMapping("/sites/{id}/retire")
	SiteBody retireSite(@PathVariable UUID id, @Valid @RequestBody RetireRequest request) {
		Viewer viewer = currentViewer.organizationAdministrator();
		SiteEntry site = site(viewer, id);
		administration.retireSite(viewer.organizationId(), site.id(), request.reason(), viewer.personId().value());
		return SiteBody.of(site(viewer, id));
	}

	@GetMapping("/people")
	List<PersonBody> people(@RequestParam(name = "q", required = false) String search,
			@RequestParam(name = "role", required = false) Role role) {
		Viewer viewer = currentViewer.organizationAdministrator();
		return people.members(viewer.organizationId(), search, role).stream().map(PersonBody::of).toList();
	}

	@PostMapping("/people")
	ResponseEntity<CreatedPersonBody> createPerson(@Valid @RequestBody PersonRequest request) {
		Viewer viewer = currentViewer.organizationAdministrator();
		Created created = people.create(viewer.organizationId(), request.details(), request.roles(), null,
				viewer.personId().value());
		PersonBody person = PersonBody.of(member(viewer, created.personId().value()));
		return ResponseEntity.created(URI.create("/api/v1/people/" + created.personId()))
			.body(new CreatedPersonBody(person, created.existingPerson(), created.temporaryPassword()));
	}

	@GetMapping("/people/{id}")
	PersonBody person(@PathVariable UUID id) {
		return PersonBody.of(member(currentViewer.organizationAdministrator(), id));
	}

	@PutMapping("/people/{id}/roles")
	PersonBody changeRoles(@PathVariable UUID id, @Valid @RequestBody RolesRequest request) {
		Viewer viewer = currentViewer.organizationAdministrator();
		people.changeRoles(viewer.organizationId(), new PersonId(id), request.roles(), viewer.personId().value());
		return PersonBody.of(member(viewer, id));
	}

	@PostMapping("/people/{id}/membership/retire")
	ResponseEntity<Void> retireMembership(@PathVariable UUID id, @Valid @RequestBody RetireRequest request) {
		Viewer viewer = currentViewer.organizationAdministrator();
		people.retireMembership(viewer.organizationId(), new PersonId(id), request.reason(), viewer.personId().value());
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/settings")
	ProgramSettings settings() {
		return administration.settings(currentViewer.organizationAdministrator().organizationId());
	}

	@PutMapping("/settings")
	ProgramSettings updateSettings(@Valid @RequestBody SettingsRequest request) {
		Viewer viewer = currentViewer.organizationAdministrator();
		administration.updateSettings(viewer.organizationId(), request.toSettings(), viewer.personId().value());
		return administration.settings(viewer.organizationId());
	}

	private SiteEntry site(Viewer viewer, UUID id) {
		return administration.site(viewer.organizationId(), new SiteId(id))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private MemberAccount member(Viewer viewer, UUID id) {
		return people.member(viewer.organizationId(), new PersonId(id))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}
}
