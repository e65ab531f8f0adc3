package org.peerlearning.deidentification;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * What the exam itself says about who it belongs to: the strongest signal for finding PHI in its
 * report, because these names are found whether or not they look like names. Names may be given
 * as "Given Family", "Family, Given" or DICOM/HL7 style "FAMILY^GIVEN^MIDDLE".
 */
public record KnownIdentifiers(List<String> patientNames, List<String> clinicianNames,
        List<String> mrns, List<String> accessionNumbers, List<String> otherIdentifiers) {

    private static final KnownIdentifiers NONE = new KnownIdentifiers(List.of(), List.of(), List.of(),
            List.of(), List.of());

    public KnownIdentifiers {
        patientNames = clean(patientNames);
        clinicianNames = clean(clinicianNames);
        mrns = clean(mrns);
        accessionNumbers = clean(accessionNumbers);
        otherIdentifiers = clean(otherIdentifiers);
    }

    public static KnownIdentifiers none() {
        return NONE;
    }

    public static KnownIdentifiers ofPatient(String patientName, String mrn) {
        return new KnownIdentifiers(List.of(patientName), List.of(), List.of(mrn), List.of(), List.of());
    }

    public KnownIdentifiers withClinicians(Collection<String> names) {
        return new KnownIdentifiers(patientNames, List.copyOf(names), mrns, accessionNumbers, otherIdentifiers);
    }

    public KnownIdentifiers withAccessionNumbers(Collection<String> accessions) {
        return new KnownIdentifiers(patientNames, clinicianNames, mrns, List.copyOf(accessions), otherIdentifiers);
    }

    public KnownIdentifiers withOtherIdentifiers(Collection<String> identifiers) {
        return new KnownIdentifiers(patientNames, clinicianNames, mrns, accessionNumbers, List.copyOf(identifiers));
    }

    public boolean isEmpty() {
        return patientNames.isEmpty() && clinicianNames.isEmpty() && mrns.isEmpty()
                && accessionNumbers.isEmpty() && otherIdentifiers.isEmpty();
    }

    private static List<String> clean(List<String> values) {
        if (values == null) {
            return List.of();
        }
        return values.stream().filter(Objects::nonNull).map(String::strip).filter(v -> !v.isEmpty()).toList();
    }
}
