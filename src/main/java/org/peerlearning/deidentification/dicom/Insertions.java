package org.peerlearning.deidentification.dicom;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import org.peerlearning.deidentification.DicomProfileOptions;

/**
 * The attributes that record the de-identification (PS3.15 E.1.1 and Table CID 7050), written in
 * tag order among the others: Patient Identity Removed, De-identification Method and its Code
 * Sequence, and Longitudinal Temporal Information Modified when dates were shifted.
 */
final class Insertions {

	private static final Set<Integer> REPLACED = Set.of(Tags.PATIENT_IDENTITY_REMOVED, Tags.DEIDENTIFICATION_METHOD,
			Tags.DEIDENTIFICATION_METHOD_CODE_SEQUENCE, Tags.LONGITUDINAL_TEMPORAL_INFORMATION_MODIFIED);

	private final List<Element> pending = new ArrayList<>();
	private final boolean datesModified;

	Insertions(DicomProfileOptions options) {
		datesModified = options.retainLongitudinalTemporalInformationWithModifiedDates();
		List<String> methods = new ArrayList<>();
		List<List<Element>> codes = new ArrayList<>();
		methods.add("PS3.15 E.1-1 Basic Application Confidentiality Profile");
		codes.add(code("113100", "Basic Application Confidentiality Profile"));
		if (options.cleanDescriptors()) {
			methods.add("Clean Descriptors Option");
			codes.add(code("113105", "Clean Descriptors Option"));
		}
		if (datesModified) {
			methods.add("Retain Longitudinal Temporal Information Modified Dates Option");
			codes.add(code("113107", "Retain Longitudinal Temporal Information Modified Dates Option"));
		}
		if (options.retainPatientCharacteristics()) {
			methods.add("Retain Patient Characteristics Option");
			codes.add(code("113108", "Retain Patient Characteristics Option"));
		}
		if (options.retainDeviceIdentity()) {
			methods.add("Retain Device Identity Option");
			codes.add(code("113109", "Retain Device Identity Option"));
		}
		pending.add(Element.text(Tags.PATIENT_IDENTITY_REMOVED, Vr.CS, "YES"));
		pending.add(Element.text(Tags.DEIDENTIFICATION_METHOD, Vr.LO, String.join("\\", methods)));
		pending.add(Element.sequence(Tags.DEIDENTIFICATION_METHOD_CODE_SEQUENCE, codes));
		if (datesModified) {
			pending.add(Element.text(Tags.LONGITUDINAL_TEMPORAL_INFORMATION_MODIFIED, Vr.CS, "MODIFIED"));
		}
	}

	private static List<Element> code(String value, String meaning) {
		List<Element> item = new ArrayList<>();
		item.add(Element.text(Tags.CODE_VALUE, Vr.SH, value));
		item.add(Element.text(Tags.CODING_SCHEME_DESIGNATOR, Vr.SH, "DCM"));
		item.add(Element.text(Tags.CODE_MEANING, Vr.LO, meaning));
		return item;
	}

	/** Whether an attribute of the input is dropped because this class writes its own. */
	boolean replaces(int tag) {
		return tag == Tags.LONGITUDINAL_TEMPORAL_INFORMATION_MODIFIED ? datesModified : REPLACED.contains(tag);
	}

	/** Takes the insertions that must come before an element with the given tag. */
	List<Element> remainingBefore(int tag) {
		List<Element> due = new ArrayList<>();
		for (Iterator<Element> it = pending.iterator(); it.hasNext();) {
			Element element = it.next();
			if (Integer.compareUnsigned(element.tag, tag) < 0) {
				due.add(element);
				it.remove();
			}
		}
		return due;
	}
}
