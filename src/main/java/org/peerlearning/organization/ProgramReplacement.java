package org.peerlearning.organization;

import java.util.List;

/**
 * A whole review program as a client wants it to be (the API's PUT). Each list holds the items
 * that should be in force: an item with an id keeps (and, where it can be changed, updates) that
 * item, one without is added, an item in force that is left out is retired. A {@code null} list
 * leaves that part alone. RADPEER 2016 is built in and never listed.
 */
public record ProgramReplacement(String activeScale, int turnaroundDays, int reminderDays, String viewerUrlTemplate,
		DicomOptions dicomOptions, List<ReviewScale> scales, List<DiscrepancyCategory> categories,
		List<CustomFieldDefinition> customFields, List<ReviewerPool> pools, List<ConflictPair> conflictPairs,
		List<SamplingRule> samplingRules) {
}
