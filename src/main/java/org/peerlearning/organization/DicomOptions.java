package org.peerlearning.organization;

/**
 * Which options of DICOM PS3.15 Annex E an organization applies when images leave for teaching.
 * The defaults keep the least: only descriptors are cleaned rather than removed.
 */
public record DicomOptions(boolean retainLongitudinalTemporalWithModifiedDates, boolean retainDeviceIdentity,
		boolean retainPatientCharacteristics, boolean cleanDescriptors) {

	public static final DicomOptions DEFAULT = new DicomOptions(false, false, false, true);
}
