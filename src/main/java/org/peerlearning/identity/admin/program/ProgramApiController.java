package org.peerlearning.identity.admin.program;

import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.peerlearning.identity.Viewer;
import org.peerlearning.identity.admin.program.ProgramBodies.ProgramBody;
import org.peerlearning.organization.InvalidProgramSettingException;
import org.peerlearning.organization.ProgramItem;
import org.peerlearning.organization.ReviewProgram;
import org.peerlearning.organization.ReviewProgramAdministration;
import org.peerlearning.organization.ReviewProgramReplacer;
import org.peerlearning.organization.ReviewProgramSettings;
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

	private final ReviewProgramReplacer replacer;

	private final ProgramPeople people;

	ProgramApiController(ProgramAccess access, ReviewProgram program, ReviewProgramAdministration administration,
			ReviewProgramReplacer replacer, ProgramPeople people) {
		this.access = access;
		this.program = program;
		this.administration = administration;
		this.replacer = replacer;
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
		replacer.replace(viewer.organizationId(), body.replacement(), viewer.personId().value());
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
}
