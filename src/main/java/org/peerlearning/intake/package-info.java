/**
 * The exam feed: exams and their reports, received from the hospitals' systems (HL7 v2 over MLLP,
 * FHIR R4, CSV files of history), and {@link org.peerlearning.intake.ExamReported} for every signed
 * report. The three ways in share one path ({@code domain.ExamRecorder}), so the same rules hold for
 * all: one exam per accession, reports only move forward, replaced texts are kept.
 *
 * <h2>HL7 v2 over MLLP</h2>
 * <ul>
 * <li>ORU^R01 (results), ORM^O01 and OMI^O23 (orders, creating pending exams) in versions 2.3 to
 * 2.7, all read into the HAPI 2.5.1 model; batches (FHS/BHS ... BTS/FTS) are answered with a batch of
 * ACKs. Other types get AR (error 200).</li>
 * <li>The AA is written only after the transaction that stored the raw message and applied it has
 * committed. Messages arriving together on several connections share one transaction (group
 * commit: one writer thread stores everything waiting with JDBC batches, so the disk flush of a
 * commit is paid once per group); a group that fails is stored again message by message. Junk, empty, unterminated or unframed input, unparseable messages, messages without
 * accession or control id get AE/AR with an ERR segment saying why, and are stored REJECTED (raw
 * bytes kept) for the administrators' feed monitor ({@code /intake}) to inspect and replay. One
 * bad message never ends the connection.</li>
 * <li>Idempotence: one accepted message per sending facility (MSH-4) and control id (MSH-10); a
 * resend is acknowledged AA again and stored as DUPLICATE, not applied.</li>
 * <li>Routing: MSH-4 (and MSH-6 when a route names it) to an organization and site through
 * {@code facility_route}; an unrouted sender gets AR (error 204) and is listed for an administrator
 * to route. In demo mode unrouted senders go to the demo hospital (at the site whose code equals
 * MSH-4, e.g. LGH or LWH).</li>
 * <li>One exam per organization and accession (OBR-3, else ORC-3, else OBR-2). Reports only move
 * forward: a late preliminary never overwrites a final; a signed report whose text changes becomes
 * CORRECTED; every replaced text and status is kept in {@code exam_report_version}.</li>
 * <li>Result status: OBR-25, else ORC-5, else the first OBX-11; site spellings are read
 * ({@code Final}, {@code Prelim}, {@code Wet Read}, F/P/C, CM...). A result with no status anywhere
 * (seen in v2.4 feeds) is FINAL when it has report text, PENDING otherwise.</li>
 * <li>Reading radiologist: OBR-32, else OBR-33 (where v2.7 feeds in the test corpus put the
 * reporting radiologist), else OBX-16. OBR-34 (technician) and PV1 (attending/referring) are not
 * used: in the feeds seen they name technologists and referrers. An identifier of 4 to 6 digits is
 * taken as a CPSO number and matched to a member of the organization; others go through
 * {@code radiologist_identifier_map}; the rest are listed for an administrator to map.</li>
 * <li>Character sets: MSH-18 (ASCII, 8859/1, UNICODE UTF-8...); without it, valid UTF-8 is read as
 * UTF-8 and anything else as ISO-8859-1. Escapes (\F\ \S\ \T\ \R\ \E\ \.br\ \Xhh\) are decoded,
 * OBX-5 lines (and their repetitions) joined in order with line breaks, Z-segments tolerated
 * (the StudyInstanceUID is read from ZDS-1 or IPC-3).</li>
 * </ul>
 *
 * <h2>FHIR R4 at {@code /fhir}</h2>
 * <ul>
 * <li>HAPI FHIR's plain server, run behind Spring MVC so API tokens and the usual filters apply.
 * {@code GET /fhir/metadata} (the CapabilityStatement) is public; everything else needs an API
 * token ({@code Authorization: Bearer}), and acts in the token's organization (or the one named by
 * {@code X-Organization}). Errors are OperationOutcomes: 400 unreadable, 401 no token, 403 role, 404
 * missing or another organization's, 422 not an exam.</li>
 * <li>{@code POST /fhir/DiagnosticReport} (administrators) with the Patient, ImagingStudy and
 * Practitioner contained, or named by identifier; {@code POST /fhir} with a transaction Bundle whose
 * entries refer to each other by {@code urn:uuid:} full URLs (all reports stored or none). 201 for a
 * new exam, 200 for an update or a report already applied (nothing changes).</li>
 * <li>Mapping: accession from an identifier of type ACSN (v2-0203) on the report or its ImagingStudy,
 * else the report's first identifier; status registered, preliminary/partial, final,
 * amended/corrected/appended; effective[x] (else ImagingStudy.started) the exam time, issued the report
 * time; conclusion, else a text/plain presentedForm, the report text; resultsInterpreter's identifier
 * in {@code https://www.cpso.on.ca} the CPSO number (other identifiers go through the identifier
 * map); Patient identifiers in {@code https://fhir.infoway-inforoute.ca/NamingSystem/ca-on-patient-hcn}
 * the health card, of type MR (else any other) the MRN; ImagingStudy {@code urn:dicom:uid} the
 * StudyInstanceUID, modality, procedureCode, referrer (ordering physician).</li>
 * <li>{@code GET /fhir/DiagnosticReport/{id}} (the exam id), {@code ?identifier=} (accession),
 * {@code ?patient.identifier=[system|]value} and {@code ?subject:Patient.identifier=} (at most 100,
 * newest first), for program leads and administrators; every answer is audited
 * ({@code intake.exam.viewed}, {@code intake.exams.listed}).</li>
 * </ul>
 *
 * <h2>CSV import</h2>
 * <ul>
 * <li>{@code /intake/import} (administrators): upload, a progress bar refreshed every second while the
 * import runs, the rows in error as CSV. API: {@code POST /api/v1/exams/imports} ({@code text/csv}
 * body) answers 202 with the import; {@code GET /api/v1/exams/imports[/{id}]},
 * {@code GET /api/v1/exams/imports/{id}/errors}.</li>
 * <li>Header (any order, only accession and status required): accession, site (code or name),
 * mrn, ohip, patient_family_name, patient_given_name (or patient_name "Family, Given"), birth_date,
 * sex, modality, body_part, procedure_code, procedure_description, exam_time, report_time, status
 * (preliminary, final, corrected), report_text, study_uid, ordering_physician, radiologist_cpso,
 * radiologist_name.</li>
 * <li>The file is spooled to disk and read as a stream; rows are applied in batches of 200, one
 * import at a time per instance. A row already applied counts as a duplicate. A job whose instance
 * stopped is shown as interrupted; sending the file again finishes it.</li>
 * </ul>
 *
 * <h2>Settings</h2>
 * <ul>
 * <li>{@code peerlearning.hl7.mllp.enabled} (true), {@code peerlearning.hl7.mllp.port} (2575; 0 picks
 * a free port, see {@link org.peerlearning.intake.MllpEndpoint#port()}), {@code peerlearning.hl7.mllp.host}
 * (0.0.0.0), {@code peerlearning.hl7.mllp.max-connections} (32, one thread each; keep the
 * database pool, {@code peerlearning.database.pool-size}, at least this large for full throughput),
 * {@code peerlearning.hl7.mllp.max-message-bytes} (16 MiB), {@code peerlearning.hl7.mllp.idle-timeout-seconds}
 * (600).</li>
 * <li>{@code peerlearning.hl7.mllp.tls.enabled} (false): TLS only on the MLLP port, with the key and certificate of
 * the Spring SSL bundle named by {@code peerlearning.hl7.mllp.tls.bundle} (hl7), e.g.
 * {@code spring.ssl.bundle.jks.hl7.keystore.location}, {@code ...keystore.password}, {@code ...keystore.type};
 * {@code peerlearning.hl7.mllp.tls.client-auth} (none, want, need) asks senders for their own certificate, checked
 * against the bundle's trust store.</li>
 * <li>{@code peerlearning.hl7.group-commit.writers} (1; 0 stores each message in a transaction of its own on its
 * connection's thread), {@code peerlearning.hl7.group-commit.max-messages} (500 per transaction).</li>
 * <li>{@code peerlearning.hl7.plain-reader.enabled} (true): ORU^R01 messages of the standard shape are read straight
 * from their text; false sends every message through HAPI's model.</li>
 * <li>{@code peerlearning.hl7.time-zone} (America/Toronto): the zone of HL7 times sent without offset.</li>
 * <li>{@code peerlearning.demo.exam-stream.enabled} (false), {@code peerlearning.demo.exam-stream.interval}
 * (PT20S), {@code peerlearning.demo.exam-stream.initial-delay} (PT30S): in demo mode, a slow stream of
 * synthetic exams for the demo hospital.</li>
 * </ul>
 *
 * <h2>API</h2>
 * {@code GET /api/v1/exams} (filters {@code accession}, {@code modality}, {@code status}, {@code from},
 * {@code to}; {@code page}, {@code size} up to 100) and {@code GET /api/v1/exams/{id}} (with the report
 * text) answer exams of the caller's current organization to radiologists, technologists, the quality
 * committee, program leads and administrators. Patient identifiers are included only for program
 * leads and administrators; listings that include them publish {@code intake.exams.listed}, and every
 * single-exam answer (the report is patient data) publishes {@code intake.exam.viewed}.
 */
@ApplicationModule
package org.peerlearning.intake;

import org.springframework.modulith.ApplicationModule;
