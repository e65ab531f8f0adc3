package org.peerlearning.intake.fhir;

/** The identifier systems and codes the FHIR endpoint reads and writes. */
final class FhirSystems {

	/** CPSO registration numbers of physicians (Practitioner.identifier). */
	static final String CPSO = "https://www.cpso.on.ca";

	/** Ontario health card numbers (Patient.identifier). */
	static final String ONTARIO_HEALTH_CARD = "https://fhir.infoway-inforoute.ca/NamingSystem/ca-on-patient-hcn";

	/** Identifier types of HL7 table 0203: ACSN (accession number), MR (medical record number). */
	static final String IDENTIFIER_TYPE = "http://terminology.hl7.org/CodeSystem/v2-0203";

	static final String ACCESSION = "ACSN";

	static final String MEDICAL_RECORD = "MR";

	/** DICOM UIDs (the StudyInstanceUID), written as {@code urn:oid:...}. */
	static final String DICOM_UID = "urn:dicom:uid";

	/** DICOM modality codes (CT, MR, US...). */
	static final String DICOM_MODALITY = "http://dicom.nema.org/resources/ontology/DCM";

	private FhirSystems() {
	}
}
