package org.peerlearning.identity.admin.program;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.peerlearning.identity.People;
import org.peerlearning.identity.People.Member;
import org.peerlearning.identity.Role;
import org.peerlearning.organization.OrganizationId;
import org.springframework.stereotype.Component;

/**
 * The people the program pages offer and show: members of the current organization only, so an
 * id typed in from elsewhere is refused and names are never shown across organizations.
 */
@Component
class ProgramPeople {

	private final People people;

	ProgramPeople(People people) {
		this.people = people;
	}

	/** Radiologists and leads of the organization, by name (those who read and review). */
	List<Member> readers(OrganizationId organization) {
		return people.members(organization)
			.stream()
			.filter(m -> m.membership().roles().contains(Role.RADIOLOGIST) || m.membership().roles().contains(Role.PROGRAM_LEAD))
			.sorted(Comparator.comparing(m -> m.person().displayName()))
			.toList();
	}

	/** Display names by person id, of every active member. */
	Map<UUID, String> names(OrganizationId organization) {
		Map<UUID, String> names = new LinkedHashMap<>();
		people.members(organization).forEach(m -> names.put(m.person().id().value(), m.person().displayName()));
		return names;
	}

	boolean allMembers(OrganizationId organization, Collection<UUID> ids) {
		return names(organization).keySet().containsAll(ids.stream().filter(id -> id != null).toList());
	}
}
