/**
 * The exam feed: exams and their reports, received from the hospitals' systems (HL7 v2 over MLLP;
 * FHIR R4 and CSV to come), and {@link org.peerlearning.intake.ExamReported} for every signed report.
 *
 * <h2>HL7 v2 over MLLP</h2>
 * <ul>
 * <li>ORU^R01 (results), ORM^O01 and OMI^O23 (orders, creating pending exams) in versions 2.3 to
 * 2.7, all read into the HAPI 2.5.1 model; batches (FHS/BHS ... BTS/FTS) are answered with a batch of
 * ACKs. Other types get AR (error 200).</li>
 * <li>The AA is written only after the transaction that stored the raw message and applied it has
 * committed. Junk, empty, unterminated or unframed input, unparseable messages, messages without
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
 * <h2>Settings</h2>
 * <ul>
 * <li>{@code peerlearning.hl7.mllp.enabled} (true), {@code peerlearning.hl7.mllp.port} (2575; 0 picks
 * a free port, see {@link org.peerlearning.intake.MllpEndpoint#port()}), {@code peerlearning.hl7.mllp.host}
 * (0.0.0.0), {@code peerlearning.hl7.mllp.max-connections} (32, one thread each; keep the
 * database pool, {@code peerlearning.database.pool-size}, at least this large for full throughput),
 * {@code peerlearning.hl7.mllp.max-message-bytes} (16 MiB), {@code peerlearning.hl7.mllp.idle-timeout-seconds}
 * (600).</li>
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
