package org.peerlearning.identity.admin.program;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.peerlearning.identity.Viewer;
import org.peerlearning.organization.ConflictPair;
import org.peerlearning.organization.CustomFieldDefinition;
import org.peerlearning.organization.DicomOptions;
import org.peerlearning.organization.DiscrepancyCategory;
import org.peerlearning.organization.InvalidProgramSettingException;
import org.peerlearning.organization.ProgramItem;
import org.peerlearning.organization.ProgramReplacement;
import org.peerlearning.organization.ReviewProgram;
import org.peerlearning.organization.ReviewProgramAdministration;
import org.peerlearning.organization.ReviewProgramSettings;
import org.peerlearning.organization.ReviewScale;
import org.peerlearning.organization.ReviewerPool;
import org.peerlearning.organization.SamplingRule;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The review program over the API: the whole settings (GET, PUT), one item by section and id,
 * and retiring an item. Same rules as the pages; another organization's ids are 404 problems.
 */
@RestController
@RequestMapping("/api/v1/program")
class ProgramApiController {

	private final ProgramAccess access;

	private final ReviewProgram program;

	private final ReviewProgramAdministration administration;

	private final ProgramPeople people;

	ProgramApiController(ProgramAccess access, ReviewProgram program, ReviewProgramAdministration administration,
			ProgramPeople people) {
		this.access = access;
		this.program = program;
		this.administration = administration;
		this.people = people;
	}

	/** What is in force now (retired items are left out), in the shape PUT takes back. */
	@GetMapping
	ProgramBody settings() {
		return ProgramBody.of(program.of(access.require().organizationId()));
	}

	@PutMapping
	ProgramBody replace(@Valid @RequestBody ProgramBody body) {
		Viewer viewer = access.require();
		if (!people.allMembers(viewer.organizationId(), body.personIds())) {
			throw new InvalidProgramSettingException("personIds", "org.program.error.member");
		}
		administration.replace(viewer.organizationId(), body.replacement(), viewer.personId().value());
		return ProgramBody.of(program.of(viewer.organizationId()));
	}

	@GetMapping("/{section}/{id}")
	Object item(@PathVariable String section, @PathVariable UUID id) {
		Viewer viewer = access.require();
		ReviewProgramSettings settings = administration.settings(viewer.organizationId());
		Stream<?> items = switch (item(section)) {
			case SCALE -> settings.scales().stream().filter(s -> id.equals(s.id()));
			case CATEGORY -> settings.categories().stream().filter(c -> id.equals(c.id()));
			case CUSTOM_FIELD -> settings.customFields().stream().filter(f -> id.equals(f.id()));
			case POOL -> settings.pools().stream().filter(p -> id.equals(p.id()));
			case CONFLICT -> settings.conflictPairs().stream().filter(p -> id.equals(p.id()));
			case SAMPLING_RULE -> settings.samplingRules().stream().filter(r -> id.equals(r.id()));
		};
		return items.findFirst().orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	@PostMapping("/{section}/{id}/retire")
	Object retire(@PathVariable String section, @PathVariable UUID id, @Valid @RequestBody RetireBody body) {
		Viewer viewer = access.require();
		administration.retire(viewer.organizationId(), item(section), id, body.reason(), viewer.personId().value());
		return item(section, id);
	}

	private static ProgramItem item(String section) {
		return Arrays.stream(ProgramItem.values())
			.filter(i -> ProgramPages.section(i).equals(section))
			.findFirst()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	record RetireBody(@NotBlank @Size(max = 500) String reason) {
	}

	/**
	 * The whole program as a client sends it; see {@link ProgramReplacement} for what lists mean.
	 * Scales, categories and fields are matched by id; a new one has none.
	 */
	record ProgramBody(@NotBlank String activeScale, @Min(1) @Max(365) int turnaroundDays, @Min(1) @Max(365) int reminderDays,
			@Size(max = 1000) String viewerUrlTemplate, DicomOptions dicomOptions, List<ReviewScale> scales,
			List<DiscrepancyCategory> categories, List<CustomFieldDefinition> customFields, List<ReviewerPool> pools,
			List<ConflictPair> conflictPairs, List<SamplingRule> samplingRules) {

		static ProgramBody of(ReviewProgramSettings settings) {
			return new ProgramBody(settings.activeScale().code(), settings.turnaroundDays(), settings.reminderDays(),
					settings.viewerUrlTemplate(), settings.dicomOptions(), settings.scales(), settings.categories(),
					settings.customFields(), settings.pools(), settings.conflictPairs(), settings.samplingRules());
		}

		ProgramReplacement replacement() {
			return new ProgramReplacement(activeScale, turnaroundDays, reminderDays, viewerUrlTemplate, dicomOptions, scales,
					categories, customFields, pools, conflictPairs, samplingRules);
		}

		/** Every person the body names, to check they belong to the organization. */
		List<UUID> personIds() {
			List<UUID> ids = new ArrayList<>();
			Objects.requireNonNullElse(pools, List.<ReviewerPool>of()).forEach(p -> ids.addAll(p.memberIds()));
			Objects.requireNonNullElse(conflictPairs, List.<ConflictPair>of()).forEach(p -> {
				ids.add(p.personA());
				ids.add(p.personB());
			});
			Objects.requireNonNullElse(samplingRules, List.<SamplingRule>of()).forEach(r -> {
				ids.addAll(r.radiologistIds());
				ids.add(r.campaignRadiologistId());
			});
			return ids.stream().filter(Objects::nonNull).toList();
		}
	}
}
