package org.peerlearning.intake.csv;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.peerlearning.intake.ResultStatus;
import org.peerlearning.intake.domain.ExamMessage;

/**
 * The documented columns of an exam CSV and how a row becomes an exam message. Column names are
 * matched without regard to case, spaces, dashes or underscores ({@code Exam Time} =
 * {@code exam_time}); unknown columns are ignored; only {@code accession} and {@code status} are
 * required. {@code patient_name} ("Family, Given") may stand for the two name columns. Times are ISO-8601, with an offset or in the configured zone
 * ({@code 2026-01-15T09:30:00-05:00}, {@code 2026-01-15 09:30}); dates are {@code yyyy-MM-dd}.
 */
final class ExamRows {

	/** The header, in the documented order; {@code CsvImportTests} and the README show it. */
	static final List<String> COLUMNS = List.of("accession", "site", "mrn", "ohip", "patient_family_name", "patient_given_name",
			"birth_date", "sex", "modality", "body_part", "procedure_code", "procedure_description", "exam_time", "report_time",
			"status", "report_text", "study_uid", "ordering_physician", "radiologist_cpso", "radiologist_name");

	private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd[['T'][' ']HH:mm[:ss]]");

	private final Map<String, Integer> index;

	private final ZoneId zone;

	private ExamRows(Map<String, Integer> index, ZoneId zone) {
		this.index = index;
		this.zone = zone;
	}

	/** Reads the header; refuses a file without the required columns. */
	static ExamRows header(List<String> names, ZoneId zone) {
		Map<String, Integer> index = new HashMap<>();
		for (int i = 0; i < names.size(); i++) {
			String name = normalize(i == 0 ? names.get(i).replace("\uFEFF", "") : names.get(i));
			index.putIfAbsent(name, i);
		}
		List<String> missing = new ArrayList<>();
		for (String required : List.of("accession", "status")) {
			if (!index.containsKey(normalize(required))) {
				missing.add(required);
			}
		}
		if (!missing.isEmpty()) {
			throw new RowException("The header lacks the required column(s) " + String.join(", ", missing) + "; expected "
					+ String.join(",", COLUMNS));
		}
		return new ExamRows(index, zone);
	}

	/** The site code or name the row names, if any (matched to the organization's sites by the caller). */
	String site(List<String> row) {
		return value(row, "site");
	}

	ExamMessage read(List<String> row) {
		String accession = value(row, "accession");
		if (accession == null) {
			throw new RowException("accession is empty");
		}
		if (accession.length() > 64) {
			throw new RowException("accession is longer than 64 characters");
		}
		ResultStatus status = status(value(row, "status"));
		String sex = value(row, "sex");
		if (sex != null) {
			sex = sex.toUpperCase(Locale.ROOT).substring(0, 1);
			if (!List.of("M", "F", "O", "U").contains(sex)) {
				throw new RowException("sex must be M, F, O or U");
			}
		}
		String modality = value(row, "modality");
		String family = value(row, "patient_family_name");
		String given = value(row, "patient_given_name");
		String whole = value(row, "patient_name");
		if (family == null && given == null && whole != null) {
			// "Family, Given" as people write it, or "FAMILY^GIVEN" as HL7 exports do
			String[] parts = whole.split("[,^]", 2);
			family = parts[0].strip();
			given = parts.length > 1 && !parts[1].isBlank() ? parts[1].strip() : null;
		}
		return new ExamMessage(status == ResultStatus.PENDING ? ExamMessage.Kind.ORDER : ExamMessage.Kind.RESULT, accession,
				value(row, "mrn"), value(row, "ohip"), family, given,
				date(value(row, "birth_date"), "birth_date"), sex, modality == null ? null : modality.toUpperCase(Locale.ROOT),
				value(row, "body_part"), value(row, "procedure_code"), value(row, "procedure_description"), null,
				time(value(row, "exam_time"), "exam_time"), time(value(row, "report_time"), "report_time"), status,
				value(row, "study_uid"), value(row, "ordering_physician"), value(row, "radiologist_cpso"),
				value(row, "radiologist_name"), value(row, "report_text"));
	}

	/** The accession of a row, for the errors file, even when the row is otherwise unreadable. */
	String accession(List<String> row) {
		String accession = value(row, "accession");
		return accession == null || accession.length() <= 64 ? accession : accession.substring(0, 64);
	}

	private static ResultStatus status(String value) {
		if (value == null) {
			throw new RowException("status is empty");
		}
		return switch (value.toLowerCase(Locale.ROOT)) {
			case "p", "prelim", "preliminary" -> ResultStatus.PRELIMINARY;
			case "f", "final" -> ResultStatus.FINAL;
			case "c", "corrected", "amended" -> ResultStatus.CORRECTED;
			default -> throw new RowException("status must be preliminary, final or corrected");
		};
	}

	private static LocalDate date(String value, String column) {
		if (value == null) {
			return null;
		}
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			throw new RowException(column + " is not a date (yyyy-MM-dd)");
		}
	}

	private Instant time(String value, String column) {
		if (value == null) {
			return null;
		}
		try {
			return OffsetDateTime.parse(value).toInstant();
		}
		catch (DateTimeParseException withoutOffset) {
			try {
				var parsed = LOCAL.parseBest(value, LocalDateTime::from, LocalDate::from);
				LocalDateTime local = parsed instanceof LocalDateTime t ? t : ((LocalDate) parsed).atStartOfDay();
				return local.atZone(zone).toInstant();
			}
			catch (DateTimeParseException ex) {
				throw new RowException(column + " is not a time (e.g. 2026-01-15T09:30:00-05:00 or 2026-01-15 09:30)");
			}
		}
	}

	private String value(List<String> row, String column) {
		Integer at = index.get(normalize(column));
		if (at == null || at >= row.size()) {
			return null;
		}
		String value = row.get(at).strip();
		return value.isEmpty() ? null : value;
	}

	private static String normalize(String name) {
		return name.strip().toLowerCase(Locale.ROOT).replace(" ", "").replace("_", "").replace("-", "");
	}

	/** Why a row (or the header) cannot be applied; the message goes to the errors file. */
	static final class RowException extends RuntimeException {

		RowException(String message) {
			super(message, null, false, false);
		}
	}
}
