package org.peerlearning.identity.admin;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.peerlearning.identity.Role;
import org.peerlearning.organization.Organization;
import org.peerlearning.organization.OrganizationAdministration.SiteEntry;
import org.peerlearning.organization.OrganizationKind;
import org.peerlearning.organization.ProgramSettings;

/** Request and response bodies of the administration API (JSON), validated like the forms. */
final class ApiBodies {

	private ApiBodies() {
	}

	record SiteRequest(@NotBlank @Size(max = 200) String name,
			@Size(max = 40) @Pattern(regexp = "[A-Za-z0-9_-]*", message = "{org.admin.site.error.code}") String code) {
	}

	record RetireRequest(@NotBlank @Size(max = 500) String reason) {
	}

	record PersonRequest(@NotBlank @Email @Size(max = 320) String email, @NotBlank @Size(max = 100) String givenName,
			@NotBlank @Size(max = 100) String familyName,
			@Size(max = 20) @Pattern(regexp = "[0-9]*", message = "{person.admin.error.cpso}") String cpsoNumber,
			List<@NotBlank @Size(max = 100) String> subspecialties, @Pattern(regexp = "en|fr") String language,
			@NotEmpty(message = "{person.admin.error.roles}") Set<Role> roles) {

		PersonDetails details() {
			return new PersonDetails(email, givenName, familyName, cpsoNumber, subspecialties, language);
		}
	}

	record RolesRequest(@NotEmpty(message = "{person.admin.error.roles}") Set<Role> roles) {
	}

	record SettingsRequest(@NotNull @Min(0) @Max(100) Integer submissionTargetPerMonth) {

		ProgramSettings toSettings() {
			return new ProgramSettings(submissionTargetPerMonth);
		}
	}

	record SiteBody(UUID id, String name, String code, boolean active, Instant retiredAt, String retiredReason) {

		static SiteBody of(SiteEntry site) {
			return new SiteBody(site.id().value(), site.name(), site.code(), site.active(), site.retiredAt(), site.retiredReason());
		}
	}

	record PersonBody(UUID id, String email, String givenName, String familyName, String cpsoNumber, List<String> subspecialties,
			String language, List<Role> roles, boolean platformAdmin, boolean locked, boolean mustChangePassword,
			int otherOrganizations) {

		static PersonBody of(MemberAccount member) {
			return new PersonBody(member.personId(), member.email(), member.givenName(), member.familyName(), member.cpsoNumber(),
					member.subspecialties(), member.language(), member.sortedRoles(), member.platformAdmin(), member.locked(),
					member.mustChangePassword(), member.otherOrganizations());
		}
	}

	/** The answer to adding a member; the temporary password appears here once, for a new person only. */
	record CreatedPersonBody(PersonBody person, boolean existingPerson, String temporaryPassword) {
	}

	record OrganizationBody(UUID id, String name, OrganizationKind kind, boolean active) {

		static OrganizationBody of(Organization organization) {
			return new OrganizationBody(organization.id().value(), organization.name(), organization.kind(), organization.active());
		}
	}
}
