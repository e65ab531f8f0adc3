package org.peerlearning.identity.admin;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.peerlearning.identity.Role;
import org.peerlearning.organization.OrganizationAdministration.OrganizationEntry;
import org.peerlearning.organization.OrganizationAdministration.SiteEntry;
import org.peerlearning.organization.OrganizationKind;
import org.peerlearning.organization.ProgramSettings;

/**
 * The forms of the administration pages: records validated with Bean Validation, never the
 * stored rows, so a page can re-render exactly what was typed next to its errors.
 */
final class AdminForms {

	private AdminForms() {
	}

	record OrganizationForm(@NotBlank @Size(max = 200) String name, @NotNull OrganizationKind kind) {

		static OrganizationForm empty() {
			return new OrganizationForm("", OrganizationKind.HOSPITAL);
		}

		static OrganizationForm of(OrganizationEntry organization) {
			return new OrganizationForm(organization.name(), organization.kind());
		}
	}

	record SiteForm(@NotBlank @Size(max = 200) String name,
			@Size(max = 40) @Pattern(regexp = "[A-Za-z0-9_-]*", message = "{org.admin.site.error.code}") String code) {

		static SiteForm empty() {
			return new SiteForm("", "");
		}

		static SiteForm of(SiteEntry site) {
			return new SiteForm(site.name(), site.code() == null ? "" : site.code());
		}
	}

	/** Retiring anything needs a reason, kept with who and when. */
	record RetireForm(@NotBlank @Size(max = 500) String reason) {

		static RetireForm empty() {
			return new RetireForm("");
		}
	}

	/**
	 * The program settings as typed. Numbers are text here so that anything typed comes back with
	 * a plain message rather than a conversion error.
	 */
	record SettingsForm(
			@NotBlank @Pattern(regexp = "100|[1-9]?[0-9]", message = "{org.admin.settings.error.target}") String submissionTargetPerMonth) {

		static SettingsForm of(ProgramSettings settings) {
			return new SettingsForm(String.valueOf(settings.submissionTargetPerMonth()));
		}

		ProgramSettings toSettings() {
			return new ProgramSettings(Integer.parseInt(submissionTargetPerMonth.strip()));
		}
	}

	/**
	 * A person and their roles here. {@code platformAdmin} is only shown to, and only applied for,
	 * platform administrators ({@code null} when the box was not on the page).
	 */
	record PersonForm(@NotBlank @Email @Size(max = 320) String email, @NotBlank @Size(max = 100) String givenName,
			@NotBlank @Size(max = 100) String familyName,
			@Size(max = 20) @Pattern(regexp = "[0-9]*", message = "{person.admin.error.cpso}") String cpsoNumber,
			@Size(max = 400) String subspecialties, @NotNull @Pattern(regexp = "en|fr") String language,
			@NotEmpty(message = "{person.admin.error.roles}") Set<Role> roles, Boolean platformAdmin) {

		static PersonForm empty() {
			return new PersonForm("", "", "", "", "", "en", Set.of(), false);
		}

		static PersonForm of(MemberAccount member) {
			return new PersonForm(member.email(), member.givenName(), member.familyName(),
					member.cpsoNumber() == null ? "" : member.cpsoNumber(), String.join(", ", member.subspecialties()),
					member.language(), member.roles(), member.platformAdmin());
		}

		PersonDetails details() {
			List<String> parts = subspecialties == null ? List.of() : Arrays.asList(subspecialties.split(","));
			return new PersonDetails(email, givenName, familyName, cpsoNumber, parts, language);
		}
	}
}
