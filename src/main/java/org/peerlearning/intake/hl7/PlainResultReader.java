package org.peerlearning.intake.hl7;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import ca.uhn.hl7v2.parser.EncodingCharacters;
import ca.uhn.hl7v2.parser.Escape;
import org.peerlearning.intake.ResultStatus;
import org.peerlearning.intake.domain.ExamMessage;
import org.peerlearning.intake.domain.ExamMessage.Kind;

import static org.peerlearning.intake.hl7.ReportReader.blankToNull;
import static org.peerlearning.intake.hl7.ReportReader.firstNonBlank;

/**
 * Reads the common shape of a result message straight from its text, without building HAPI's
 * message model: building the model (a few hundred objects by reflection) took two thirds of the
 * listener threads' CPU, reading this way takes about a ninth of parse-and-read. Only an ORU^R01 of a supported version, one patient, and the segments of the
 * standard ORU_R01 structure in the standard order is read here; for anything else {@link #read}
 * answers {@code null} and the message goes through HAPI and {@link ReportReader}, as before.
 * Within that shape it reads the same fields the same way as {@link ReportReader} (same
 * unescaping, same fall-backs), and a test holds both readers to the same answer on the whole test
 * corpus.
 */
final class PlainResultReader {

	private static final Set<String> VERSIONS = Set.of("2.3", "2.3.1", "2.4", "2.5", "2.5.1", "2.6", "2.7", "2.7.1");

	private final ZoneId zone;

	PlainResultReader(ZoneId zone) {
		this.zone = zone;
	}

	/** The exams of a plain result message, or {@code null} when the message is not of that shape. */
	List<ExamMessage> read(String text, MshHeader header) {
		if (!"ORU^R01".equals(header.messageType()) || !VERSIONS.contains(header.version())
				|| header.encodingCharacters().length() != 4) {
			return null;
		}
		Fields fields = new Fields(header);
		String[] segments = text.split("\r");
		Shape shape = Shape.of(segments, header.fieldSeparator());
		if (shape == null) {
			return null;
		}
		String[] pid = fields.split(segments[shape.pid()]);
		List<List<String[]>> observations = RawObservations.byOrder(text, header);
		List<ExamMessage> exams = new ArrayList<>(shape.orders().size());
		for (int i = 0; i < shape.orders().size(); i++) {
			int[] order = shape.orders().get(i);
			String[] orc = order[0] < 0 ? new String[0] : fields.split(segments[order[0]]);
			String[] obr = fields.split(segments[order[1]]);
			exams.add(exam(fields, pid, orc, obr, observations.get(i), header));
		}
		return exams;
	}

	private ExamMessage exam(Fields f, String[] pid, String[] orc, String[] obr, List<String[]> lines, MshHeader header) {
		String accession = firstNonBlank(f.value(obr, 3, 1, 1), f.value(orc, 3, 1, 1), f.value(obr, 2, 1, 1));
		String report = RawObservations.reportText(lines, header);
		ResultStatus status = StatusMapping.read(f.value(obr, 25, 1, 1));
		if (status == null) {
			status = StatusMapping.read(f.value(orc, 5, 1, 1));
		}
		for (int i = 0; status == null && i < lines.size(); i++) {
			status = StatusMapping.read(RawObservations.field(lines.get(i), 11));
		}
		if (status == null) {
			status = report == null ? ResultStatus.PENDING : ResultStatus.FINAL;
		}
		ProviderName radiologist = ProviderName.parse(f.repetition(obr, 32, 0), header);
		for (int r = 0; radiologist.isEmpty() && r < f.repetitions(obr, 33); r++) {
			radiologist = ProviderName.parse(f.repetition(obr, 33, r), header);
		}
		for (int i = 0; radiologist.isEmpty() && i < lines.size(); i++) {
			radiologist = ProviderName.parse(f.repetition(lines.get(i), 16, 0), header);
		}
		String procedureText = firstNonBlank(f.value(obr, 4, 2, 1), f.value(obr, 4, 5, 1));
		String bodyPart = firstNonBlank(f.value(obr, 15, 4, 2), f.value(obr, 15, 4, 1));
		return new ExamMessage(Kind.RESULT, accession, mrn(f, pid), healthCard(f, pid), blankToNull(f.value(pid, 5, 1, 1)),
				blankToNull(f.value(pid, 5, 2, 1)), Hl7Time.date(f.value(pid, 7, 1, 1)), blankToNull(f.value(pid, 8, 1, 1)),
				Modalities.of(f.value(obr, 24, 1, 1), procedureText), blankToNull(bodyPart), blankToNull(f.value(obr, 4, 1, 1)),
				blankToNull(procedureText),
				Hl7Time.instant(firstNonBlank(f.value(obr, 6, 1, 1), f.value(orc, 9, 1, 1)), zone),
				Hl7Time.instant(firstNonBlank(f.value(obr, 7, 1, 1), f.value(obr, 6, 1, 1)), zone),
				Hl7Time.instant(f.value(obr, 22, 1, 1), zone), status, null, orderingPhysician(f, obr, orc), radiologist.id(),
				radiologist.name(), report);
	}

	private static String orderingPhysician(Fields f, String[] obr, String[] orc) {
		String[] segment = f.repetitions(obr, 16) > 0 ? obr : f.repetitions(orc, 12) > 0 ? orc : null;
		if (segment == null) {
			return null;
		}
		int field = segment == obr ? 16 : 12;
		String family = blankToNull(f.value(segment, field, 0, 2, 1));
		String given = blankToNull(f.value(segment, field, 0, 3, 1));
		String id = blankToNull(f.value(segment, field, 0, 1, 1));
		String name = family == null ? given : given == null ? family : family + ", " + given;
		return name == null ? id : id == null ? name : name + " (" + id + ")";
	}

	private static String mrn(Fields f, String[] pid) {
		String first = null;
		for (int r = 0; r < f.repetitions(pid, 3); r++) {
			String id = blankToNull(f.value(pid, 3, r, 1, 1));
			if (id == null) {
				continue;
			}
			if ("MR".equalsIgnoreCase(f.value(pid, 3, r, 5, 1))) {
				return id;
			}
			first = first == null ? id : first;
		}
		return first;
	}

	private static String healthCard(Fields f, String[] pid) {
		for (int r = 0; r < f.repetitions(pid, 3); r++) {
			String type = f.value(pid, 3, r, 5, 1);
			String authority = f.value(pid, 3, r, 4, 1);
			if ("JHN".equalsIgnoreCase(type) || "HC".equalsIgnoreCase(type) || "ON".equalsIgnoreCase(authority)
					|| "OHIP".equalsIgnoreCase(authority)) {
				return blankToNull(f.value(pid, 3, r, 1, 1));
			}
		}
		return null;
	}

	/** Where the patient and each order sit among the segments; {@code null} when the order is not the standard one. */
	private record Shape(int pid, List<int[]> orders) {

		/**
		 * MSH, SFT*, PID, [PD1], NTE*, NK1*, [PV1 [PV2]], then one or more of: [ORC], OBR, NTE*,
		 * (TQ1 TQ2*)*, [CTD], (OBX NTE*)*. Nothing else, in no other order.
		 */
		static Shape of(String[] segments, char separator) {
			int i = 1;
			while (i < segments.length && is(segments[i], "SFT", separator)) {
				i++;
			}
			if (i >= segments.length || !is(segments[i], "PID", separator)) {
				return null;
			}
			int pid = i++;
			i = skip(segments, i, "PD1", separator, 1);
			i = skip(segments, i, "NTE", separator, Integer.MAX_VALUE);
			i = skip(segments, i, "NK1", separator, Integer.MAX_VALUE);
			if (i < segments.length && is(segments[i], "PV1", separator)) {
				i = skip(segments, i + 1, "PV2", separator, 1);
			}
			List<int[]> orders = new ArrayList<>();
			while (i < segments.length) {
				int orc = -1;
				if (is(segments[i], "ORC", separator)) {
					orc = i++;
				}
				if (i >= segments.length || !is(segments[i], "OBR", separator)) {
					return null;
				}
				orders.add(new int[] { orc, i++ });
				i = skip(segments, i, "NTE", separator, Integer.MAX_VALUE);
				while (i < segments.length && is(segments[i], "TQ1", separator)) {
					i = skip(segments, i + 1, "TQ2", separator, Integer.MAX_VALUE);
				}
				i = skip(segments, i, "CTD", separator, 1);
				while (i < segments.length && is(segments[i], "OBX", separator)) {
					i = skip(segments, i + 1, "NTE", separator, Integer.MAX_VALUE);
				}
			}
			return orders.isEmpty() ? null : new Shape(pid, orders);
		}

		private static int skip(String[] segments, int from, String name, char separator, int most) {
			int i = from;
			while (i < segments.length && i - from < most && is(segments[i], name, separator)) {
				i++;
			}
			return i;
		}

		private static boolean is(String segment, String name, char separator) {
			return segment.length() >= 4 && segment.startsWith(name) && segment.charAt(3) == separator;
		}
	}

	/** Field, repetition, component and subcomponent access on a segment cut by the message's own delimiters. */
	private static final class Fields {

		private final char field;

		private final char component;

		private final char repetition;

		private final char subcomponent;

		private final char escape;

		private final EncodingCharacters encoding;

		Fields(MshHeader header) {
			String characters = header.encodingCharacters();
			this.field = header.fieldSeparator();
			this.component = characters.charAt(0);
			this.repetition = characters.charAt(1);
			this.escape = characters.charAt(2);
			this.subcomponent = characters.charAt(3);
			this.encoding = new EncodingCharacters(field, characters);
		}

		/** Index n holds field n (the segment name at 0). */
		String[] split(String segment) {
			return cut(segment, field).toArray(String[]::new);
		}

		int repetitions(String[] segment, int index) {
			String value = index < segment.length ? segment[index] : "";
			return value.isEmpty() ? 0 : cut(value, repetition).size();
		}

		/** One repetition of a field as sent (escapes kept), or {@code null}. */
		String repetition(String[] segment, int index, int rep) {
			String value = index < segment.length ? segment[index] : "";
			List<String> repetitions = cut(value, repetition);
			return rep < repetitions.size() ? repetitions.get(rep) : null;
		}

		String value(String[] segment, int index, int componentIndex, int subcomponentIndex) {
			return value(segment, index, 0, componentIndex, subcomponentIndex);
		}

		/** A component's subcomponent (1-based) of one repetition, unescaped; {@code null} when empty or absent. */
		String value(String[] segment, int index, int rep, int componentIndex, int subcomponentIndex) {
			String value = repetition(segment, index, rep);
			if (value == null) {
				return null;
			}
			List<String> components = cut(value, component);
			if (componentIndex > components.size()) {
				return null;
			}
			List<String> subcomponents = cut(components.get(componentIndex - 1), subcomponent);
			String raw = subcomponentIndex > subcomponents.size() ? "" : subcomponents.get(subcomponentIndex - 1);
			if (raw.isEmpty()) {
				return null;
			}
			return raw.indexOf(escape) < 0 ? raw : Escape.unescape(raw, encoding);
		}

		private static List<String> cut(String value, char separator) {
			List<String> parts = new ArrayList<>(8);
			int start = 0;
			int at;
			while ((at = value.indexOf(separator, start)) >= 0) {
				parts.add(value.substring(start, at));
				start = at + 1;
			}
			parts.add(value.substring(start));
			return parts;
		}
	}
}
