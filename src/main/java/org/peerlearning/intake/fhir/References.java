package org.peerlearning.intake.fhir;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * Resolves the references of a posted report: to its contained resources ({@code #id}), and within
 * a transaction Bundle to the other entries (by {@code fullUrl}, e.g. {@code urn:uuid:...}, or by
 * {@code Type/id}). A reference that resolves to nothing is read by its identifier, if it has one.
 */
final class References implements Function<Reference, Optional<Resource>> {

	private final Map<String, Resource> byAddress = new HashMap<>();

	private References() {
	}

	static References of(DomainResource report, Map<String, Resource> entries) {
		References references = new References();
		references.byAddress.putAll(entries);
		for (Resource contained : report.getContained()) {
			String id = contained.getIdElement().getIdPart();
			if (id != null) {
				references.byAddress.put("#" + (id.startsWith("#") ? id.substring(1) : id), contained);
			}
		}
		return references;
	}

	/** The addresses a Bundle entry answers to. */
	static List<String> addresses(String fullUrl, Resource resource) {
		String local = resource.getIdElement().hasIdPart() ? resource.fhirType() + "/" + resource.getIdElement().getIdPart() : null;
		return java.util.stream.Stream.of(fullUrl, local).filter(a -> a != null && !a.isBlank()).toList();
	}

	@Override
	public Optional<Resource> apply(Reference reference) {
		if (reference.getResource() instanceof Resource linked) {
			return Optional.of(linked);
		}
		String address = reference.getReference();
		return address == null ? Optional.empty() : Optional.ofNullable(byAddress.get(address));
	}
}
