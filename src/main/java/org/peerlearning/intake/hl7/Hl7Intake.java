package org.peerlearning.intake.hl7;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import ca.uhn.hl7v2.DefaultHapiContext;
import ca.uhn.hl7v2.HapiContext;
import ca.uhn.hl7v2.model.Message;
import ca.uhn.hl7v2.parser.PipeParser;
import ca.uhn.hl7v2.validation.impl.ValidationContextFactory;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.peerlearning.intake.domain.ExamMessage;
import org.peerlearning.intake.domain.ExamRecorder;
import org.peerlearning.intake.domain.FacilityRouter;
import org.peerlearning.intake.domain.MessageLog;
import org.peerlearning.intake.domain.MessageLog.Header;
import org.peerlearning.intake.domain.MessageLog.Status;
import org.peerlearning.intake.domain.RadiologistResolver;
import org.peerlearning.intake.domain.Route;
import org.peerlearning.intake.hl7.Outcome.Code;
import org.peerlearning.intake.hl7.Outcome.ErrorCode;
import org.peerlearning.organization.OrganizationId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes one framed payload from the feed and answers the acknowledgement to send back. An accepted
 * message is stored and applied in one transaction (shared with the messages that arrived at the
 * same time on other connections, see {@link GroupCommit}), and the answer is only produced after
 * that transaction committed, so an AA always means the report is durably stored. Anything that cannot
 * be applied is still stored, as REJECTED with the reason, for an administrator to inspect and
 * replay; the reason goes back to the sender in the ERR segment. Logs never carry message content.
 */
@Component
public class Hl7Intake implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(Hl7Intake.class);

	static final Set<String> SUPPORTED = Set.of("ORU^R01", "ORM^O01", "OMI^O23");

	/**
	 * How long a connection waits for its message's commit before answering AE. Should the commit
	 * still happen later, the sender's resend is recognised as a duplicate and acknowledged.
	 */
	private static final long STORE_TIMEOUT_SECONDS = 120;

	private final HapiContext hapi;

	/** PipeParser instances are costly to build and not documented as thread-safe: one per listener thread. */
	private final ThreadLocal<PipeParser> parsers;

	private final ReportReader reader;

	/** Reads the common shape of result messages without HAPI's model; {@code null} sends every message through HAPI. */
	private final PlainResultReader plainReader;

	private final FacilityRouter router;

	private final MessageLog messages;

	private final GroupCommit writer;

	private final Hl7Metrics metrics;

	/** Stores every message in a transaction of its own (no group commit). */
	public Hl7Intake(FacilityRouter router, ExamRecorder recorder, MessageLog messages, RadiologistResolver radiologists,
			TransactionTemplate transaction, ZoneId zone) {
		this(router, recorder, messages, radiologists, transaction, zone, 0, 1, Duration.ZERO, true, new SimpleMeterRegistry());
	}

	/**
	 * @param writers threads that store accepted messages in groups (0: each connection stores its own)
	 * @param maxGroup the most messages one group commit takes
	 * @param maxWait how long a group may wait for the messages other connections are reading
	 * @param plainReading whether plain result messages are read without building HAPI's model
	 * @param meters where the feed's counts and answer times are published
	 */
	@Autowired
	public Hl7Intake(FacilityRouter router, ExamRecorder recorder, MessageLog messages, RadiologistResolver radiologists,
			TransactionTemplate transaction, @Value("${peerlearning.hl7.time-zone:America/Toronto}") ZoneId zone,
			@Value("${peerlearning.hl7.group-commit.writers:1}") int writers,
			@Value("${peerlearning.hl7.group-commit.max-messages:500}") int maxGroup,
			@Value("${peerlearning.hl7.group-commit.max-wait:2ms}") Duration maxWait,
			@Value("${peerlearning.hl7.plain-reader.enabled:true}") boolean plainReading, MeterRegistry meters) {
		this.router = router;
		this.metrics = new Hl7Metrics(meters);
		this.messages = messages;
		this.reader = new ReportReader(zone);
		this.plainReader = plainReading ? new PlainResultReader(zone) : null;
		this.hapi = newContext();
		this.parsers = ThreadLocal.withInitial(hapi::getPipeParser);
		this.writer = new GroupCommit(recorder, messages, radiologists, transaction, maxGroup, maxWait);
		if (writers > 0) {
			writer.start(writers);
		}
	}

	static HapiContext newContext() {
		HapiContext context = new DefaultHapiContext();
		// every supported version (2.3 to 2.7) is read into the 2.5.1 model, so one reader serves them all
		context.setModelClassFactory(new CachingModelClassFactory("2.5.1"));
		// feeds break the standard's lengths and formats routinely; what matters is checked by the reader
		context.setValidationContext(ValidationContextFactory.noValidation());
		context.getParserConfiguration().setValidating(false);
		return context;
	}

	/** Handles one MLLP frame (a message or a batch of them) and answers the acknowledgement bytes. */
	public byte[] receive(byte[] payload) {
		long arrived = System.nanoTime();
		writer.arriving();
		try {
			return answer(payload);
		}
		finally {
			writer.answered();
			metrics.answered(arrived);
		}
	}

	private byte[] answer(byte[] payload) {
		if (isBlank(payload)) {
			Outcome outcome = reject(Status.REJECTED, null, null, payload, StandardCharsets.US_ASCII, "EMPTY",
					new Outcome(Code.AR, ErrorCode.SEGMENT_SEQUENCE, "Empty message: the frame holds no HL7 segments", null));
			return acknowledge(null, outcome).getBytes(StandardCharsets.US_ASCII);
		}
		String latin = normalize(new String(payload, StandardCharsets.ISO_8859_1));
		MshHeader peek = MshHeader.read(latin);
		Charset charset = Hl7Charsets.choose(payload, peek == null ? null : peek.charset());
		String text = charset.equals(StandardCharsets.ISO_8859_1) ? latin : normalize(new String(payload, charset));
		if (text.startsWith("FHS") || text.startsWith("BHS")) {
			return batch(text, charset).getBytes(charset);
		}
		Result result = process(text, payload, charset, null);
		return acknowledge(result.header(), result.outcome()).getBytes(charset);
	}

	/**
	 * Answers bytes that came outside an MLLP frame (or a frame that never ended) with a negative
	 * acknowledgement, after storing them for inspection. If they hold a readable MSH the answer
	 * refers to it, else it is a minimal NAK.
	 */
	public byte[] refuse(byte[] bytes, String why) {
		MshHeader header = MshHeader.read(normalize(new String(bytes, StandardCharsets.ISO_8859_1)));
		Outcome outcome = reject(Status.REJECTED, header, null, bytes, StandardCharsets.ISO_8859_1, "NOT_FRAMED",
				new Outcome(Code.AR, ErrorCode.SEGMENT_SEQUENCE, "Not accepted: " + why, null));
		return acknowledge(header, outcome).getBytes(StandardCharsets.ISO_8859_1);
	}

	/** Answers a batch with a batch of acknowledgements, one per message, each sent after its own commit. */
	private String batch(String text, Charset charset) {
		List<String> messageTexts = new ArrayList<>();
		StringBuilder current = null;
		for (String segment : text.split("\r")) {
			if (segment.startsWith("MSH")) {
				if (current != null) {
					messageTexts.add(current.toString());
				}
				current = new StringBuilder();
			}
			if (segment.startsWith("FHS") || segment.startsWith("BHS") || segment.startsWith("BTS") || segment.startsWith("FTS")
					|| current == null) {
				continue;
			}
			current.append(segment).append('\r');
		}
		if (current != null) {
			messageTexts.add(current.toString());
		}
		StringBuilder acks = new StringBuilder("BHS|^~\\&|PEERLEARNING\r");
		for (String message : messageTexts) {
			Result result = process(message, message.getBytes(charset), charset, null);
			acks.append(acknowledge(result.header(), result.outcome()));
		}
		acks.append("BTS|").append(messageTexts.size()).append('\r');
		return acks.toString();
	}

	/** The acknowledgement of a received message, counted by its outcome. */
	private String acknowledge(MshHeader header, Outcome outcome) {
		metrics.count(outcome);
		return Acknowledgements.ack(header, outcome);
	}

	/** Processes a stored message again (after an administrator fixed a mapping); answers whether it was accepted. */
	public boolean replay(MessageLog.Stored stored, UUID actor) {
		Charset charset = stored.charset() == null ? Hl7Charsets.choose(stored.raw(), null) : Charset.forName(stored.charset());
		String text = normalize(new String(stored.raw(), charset));
		Result result = process(text, stored.raw(), charset, stored.id());
		if (result.outcome().code() == Code.AA) {
			messages.markReplayed(stored.id(), actor);
			return true;
		}
		return false;
	}

	private Result process(String text, byte[] raw, Charset charset, UUID replayOf) {
		MshHeader header = MshHeader.read(text);
		if (header == null) {
			return new Result(null, reject(Status.REJECTED, null, null, raw, charset, "UNREADABLE_HEADER", new Outcome(Code.AR,
					ErrorCode.SEGMENT_SEQUENCE, "Not an HL7 v2 message: it does not start with a readable MSH segment", null)));
		}
		if (!header.hasControlId()) {
			return new Result(header, reject(Status.REJECTED, header, null, raw, charset, "NO_CONTROL_ID",
					new Outcome(Code.AR, ErrorCode.REQUIRED_FIELD_MISSING, "MSH-10 (message control id) is missing", null)));
		}
		if (!SUPPORTED.contains(header.messageType())) {
			return new Result(header, reject(Status.REJECTED, header, null, raw, charset, "UNSUPPORTED_TYPE",
					new Outcome(Code.AR, ErrorCode.UNSUPPORTED_MESSAGE_TYPE, "Unsupported message type " + header.messageType()
							+ ": this listener accepts ORU^R01, ORM^O01 and OMI^O23", null)));
		}
		Route route = router.route(header.sendingFacility(), header.receivingFacility()).orElse(null);
		if (route == null) {
			return new Result(header, reject(Status.REJECTED, header, null, raw, charset, "UNMAPPED_FACILITY",
					new Outcome(Code.AR, ErrorCode.UNKNOWN_KEY, "Sending facility '" + header.sendingFacility()
							+ "' is not mapped to an organization; an administrator must map it", null)));
		}
		List<ExamMessage> exams;
		try {
			exams = plainReader == null ? null : plainReader.read(text, header);
			if (exams == null) {
				Message message = parsers.get().parse(text);
				exams = reader.read(message, header, text);
			}
		}
		catch (Exception ex) {
			return new Result(header, reject(Status.REJECTED, header, route.organizationId(), raw, charset, "UNPARSEABLE",
					new Outcome(Code.AE, ErrorCode.DATA_TYPE, "The message could not be parsed: " + parserReason(ex), null)));
		}
		if (exams.isEmpty() || exams.stream().anyMatch(e -> e.accession() == null)) {
			return new Result(header, reject(Status.REJECTED, header, route.organizationId(), raw, charset, "NO_ACCESSION",
					new Outcome(Code.AE, ErrorCode.REQUIRED_FIELD_MISSING,
							"No accession number: OBR-3 (filler order number) is empty, and so are ORC-3 and OBR-2", null)));
		}
		return new Result(header, store(header, route, exams, raw, charset, replayOf));
	}

	private Outcome store(MshHeader header, Route route, List<ExamMessage> exams, byte[] raw, Charset charset, UUID replayOf) {
		GroupCommit.Accepted accepted = new GroupCommit.Accepted(fields(header), route, exams, raw, charset, replayOf);
		try {
			// a replay is an administrator's single message: no reason to queue it behind the feed
			GroupCommit.Stored stored = replayOf != null ? writer.storeAlone(accepted)
					: writer.submit(accepted).get(STORE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
			return stored.status() == Status.ACCEPTED ? Outcome.accepted(stored.messageId()) : Outcome.duplicate(stored.messageId());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return notStored(header, route, raw, charset, ex);
		}
		catch (ExecutionException | TimeoutException | RuntimeException ex) {
			return notStored(header, route, raw, charset, ex.getCause() != null && ex instanceof ExecutionException ? ex.getCause() : ex);
		}
	}

	private Outcome notStored(MshHeader header, Route route, byte[] raw, Charset charset, Throwable why) {
		log.warn("Could not store an HL7 message ({}); answering AE so the sender retries", why.getClass().getSimpleName());
		return reject(Status.REJECTED, header, route.organizationId(), raw, charset, "INTERNAL",
				new Outcome(Code.AE, ErrorCode.INTERNAL, "The message could not be stored; send it again later", null));
	}

	/** Stores a message that is not applied, best effort: the acknowledgement goes out even if storing fails. */
	private Outcome reject(Status status, MshHeader header, OrganizationId organization, byte[] raw, Charset charset,
			String code, Outcome outcome) {
		try {
			UUID id = messages.insertUnapplied(status, header == null ? null : fields(header), organization, raw, charset, code,
					outcome.reason());
			return new Outcome(outcome.code(), outcome.errorCode(), outcome.reason(), id);
		}
		catch (RuntimeException ex) {
			log.warn("Could not store a rejected HL7 message ({})", ex.getClass().getSimpleName());
			return outcome;
		}
	}

	private static Header fields(MshHeader header) {
		return new Header(header.controlId(), header.sendingApplication(), header.sendingFacility(), header.receivingApplication(),
				header.receivingFacility(), header.messageType(), header.version());
	}

	/** The parser's own words, first line only and bounded: enough for the sender to find the fault. */
	private static String parserReason(Exception ex) {
		String message = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
		int newline = message.indexOf('\n');
		message = newline > 0 ? message.substring(0, newline) : message;
		return message.length() > 300 ? message.substring(0, 300) : message;
	}

	/** Segments end with CR; senders that use LF or CRLF (and stray leading whitespace) are tolerated. */
	static String normalize(String text) {
		String stripped = text.strip();
		if (stripped.indexOf('\n') >= 0) {
			stripped = stripped.replace("\r\n", "\r").replace('\n', '\r');
		}
		return stripped;
	}

	private static boolean isBlank(byte[] payload) {
		for (byte b : payload) {
			if (b != ' ' && b != '\r' && b != '\n' && b != '\t') {
				return false;
			}
		}
		return true;
	}

	@Override
	public void destroy() throws Exception {
		writer.stop();
		hapi.close();
	}

	private record Result(MshHeader header, Outcome outcome) {
	}
}
