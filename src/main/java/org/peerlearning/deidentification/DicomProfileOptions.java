package org.peerlearning.deidentification;

/**
 * Which PS3.15 Annex E options an organization applies on top of the Basic Application Level
 * Confidentiality Profile.
 *
 * @param retainLongitudinalTemporalInformationWithModifiedDates shift every date by a per-case number
 *        of days instead of removing it, so intervals between studies of one case survive (113107)
 * @param retainDeviceIdentity keep device serial numbers, station names and the like (113109)
 * @param retainPatientCharacteristics keep age, sex, size, weight, smoking status... (113108)
 * @param cleanDescriptors keep descriptive text (study description, comments...) after removing the
 *        identifiers known for the case (words of the patient's names and ids) instead of removing
 *        the whole text (113105)
 */
public record DicomProfileOptions(boolean retainLongitudinalTemporalInformationWithModifiedDates,
		boolean retainDeviceIdentity, boolean retainPatientCharacteristics, boolean cleanDescriptors) {

	/** The Basic Profile alone: the strongest setting. */
	public static DicomProfileOptions basic() {
		return new DicomProfileOptions(false, false, false, false);
	}
}
