package org.peerlearning.identity.admin.program;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.peerlearning.organization.CategoryGroup;
import org.peerlearning.organization.ChoiceOption;
import org.peerlearning.organization.CustomFieldTarget;
import org.peerlearning.organization.CustomFieldType;
import org.peerlearning.organization.DicomOptions;
import org.peerlearning.organization.DiscrepancyCategory;
import org.peerlearning.organization.InvalidProgramSettingException;
import org.peerlearning.organization.ReviewProgramSettings;
import org.peerlearning.organization.ReviewerPool;
import org.peerlearning.organization.SamplingMode;
import org.peerlearning.organization.SamplingRule;
import org.peerlearning.organization.ScaleLevel;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Forms of the program pages. Numbers and dates are text so that whatever was typed comes back
 * next to its error; the administration service checks the rest and names the field at fault.
 */
final class ProgramForms {

	static final String WHOLE = "\\s*\\d{0,6}\\s*";

	static final String DATE = "\\s*(\\d{4}-\\d{2}-\\d{2})?\\s*";

	private ProgramForms() {
	}

	/**
	 * Makes the change a valid form asks for. Taken: the flash message and the redirect to
	 * {@code target}. Not taken ({@code null}, show the form again): the form had errors, or the
	 * change refused a value, whose message then stands next to its field.
	 */
	static String save(BindingResult result, RedirectAttributes redirect, String flash, String target, Runnable change) {
		if (result.hasErrors()) {
			return null;
		}
		try {
			change.run();
		}
		catch (InvalidProgramSettingException e) {
			result.rejectValue(e.field(), e.messageKey());
			return null;
		}
		redirect.addFlashAttribute("flash", flash);
		return "redirect:" + target;
	}

	record TargetsForm(@NotBlank String activeScale,
			@NotBlank(message = "{org.program.error.days}") @Pattern(regexp = WHOLE, message = "{org.program.error.days}") String turnaroundDays,
			@NotBlank(message = "{org.program.error.days}") @Pattern(regexp = WHOLE, message = "{org.program.error.days}") String reminderDays,
			@Size(max = 1000) String viewerUrlTemplate, Boolean retainTemporal, Boolean retainDevice,
			Boolean retainPatientCharacteristics, Boolean cleanDescriptors) {

		static TargetsForm of(ReviewProgramSettings settings) {
			DicomOptions dicom = settings.dicomOptions();
			return new TargetsForm(settings.activeScale().code(), String.valueOf(settings.turnaroundDays()),
					String.valueOf(settings.reminderDays()), settings.viewerUrlTemplate() == null ? "" : settings.viewerUrlTemplate(),
					dicom.retainLongitudinalTemporalWithModifiedDates(), dicom.retainDeviceIdentity(),
					dicom.retainPatientCharacteristics(), dicom.cleanDescriptors());
		}

		DicomOptions dicomOptions() {
			return new DicomOptions(yes(retainTemporal), yes(retainDevice), yes(retainPatientCharacteristics), yes(cleanDescriptors));
		}
	}

	/** One row of the level table of a new scale; blank rows are left out. */
	record LevelRow(String code, String labelEn, String labelFr, Boolean adjudication, Boolean concur, Boolean significant) {

		boolean blank() {
			return (code == null || code.isBlank()) && (labelEn == null || labelEn.isBlank()) && (labelFr == null || labelFr.isBlank());
		}

		ScaleLevel level() {
			return new ScaleLevel(strip(code), strip(labelEn), strip(labelFr), yes(adjudication), yes(concur), yes(significant));
		}
	}

	record ScaleForm(@NotBlank @Size(max = 40) String code, @NotBlank @Size(max = 200) String nameEn,
			@NotBlank @Size(max = 200) String nameFr, List<LevelRow> levels) {

		static final int ROWS = 8;

		static ScaleForm empty() {
			List<LevelRow> rows = new ArrayList<>();
			for (int i = 0; i < ROWS; i++) {
				rows.add(new LevelRow("", "", "", false, false, false));
			}
			return new ScaleForm("", "", "", rows);
		}

		/** The rows typed, padded with blank ones so the form always shows {@value #ROWS}. */
		ScaleForm {
			List<LevelRow> rows = new ArrayList<>(levels == null ? List.of() : levels.stream().filter(r -> r != null).toList());
			while (rows.size() < ROWS) {
				rows.add(new LevelRow("", "", "", false, false, false));
			}
			levels = rows;
		}

		List<ScaleLevel> filledLevels() {
			return levels == null ? List.of() : levels.stream().filter(r -> r != null && !r.blank()).map(LevelRow::level).toList();
		}
	}

	record CategoryForm(@NotBlank @Size(max = 40) String code, @NotBlank @Size(max = 200) String labelEn,
			@NotBlank @Size(max = 200) String labelFr, @NotNull CategoryGroup group) {

		static CategoryForm empty() {
			return new CategoryForm("", "", "", CategoryGroup.OTHER);
		}

		static CategoryForm of(DiscrepancyCategory category) {
			return new CategoryForm(category.code(), category.labelEn(), category.labelFr(), category.group());
		}
	}

	/**
	 * A new custom field. Options are typed one a line as {@code code | English | Français}.
	 */
	record FieldForm(@NotBlank @Size(max = 40) String code, @NotNull CustomFieldTarget appliesTo, @NotNull CustomFieldType type,
			@NotBlank @Size(max = 200) String labelEn, @NotBlank @Size(max = 200) String labelFr, Boolean required,
			@Size(max = 4000) String options) {

		static FieldForm empty() {
			return new FieldForm("", CustomFieldTarget.REVIEW, CustomFieldType.TEXT, "", "", false, "");
		}

		List<ChoiceOption> choiceOptions() {
			if (options == null || options.isBlank()) {
				return List.of();
			}
			return options.lines().filter(line -> !line.isBlank()).map(line -> {
				String[] parts = line.split("\\|", -1);
				String code = parts[0].strip();
				String en = parts.length > 1 ? parts[1].strip() : code;
				String fr = parts.length > 2 ? parts[2].strip() : en;
				return new ChoiceOption(code, en, fr);
			}).toList();
		}
	}

	record PoolForm(@NotBlank @Size(max = 200) String name, List<UUID> memberIds, @Size(max = 400) String modalities,
			@Size(max = 400) String subspecialties) {

		static PoolForm empty() {
			return new PoolForm("", List.of(), "", "");
		}

		static PoolForm of(ReviewerPool pool) {
			return new PoolForm(pool.name(), pool.memberIds(), String.join(", ", pool.modalities()),
					String.join(", ", pool.subspecialties()));
		}

		ReviewerPool pool(UUID id) {
			return new ReviewerPool(id, name, memberIds == null ? List.of() : memberIds, list(modalities), list(subspecialties), null);
		}
	}

	record ConflictForm(@NotNull UUID personA, @NotNull UUID personB, @Size(max = 500) String reason) {

		static ConflictForm empty() {
			return new ConflictForm(null, null, "");
		}
	}

	record RuleForm(@NotBlank @Size(max = 200) String name, List<UUID> siteIds, @Size(max = 400) String modalities,
			@Size(max = 400) String bodyParts, List<UUID> radiologistIds, UUID radiologistPoolId, @NotNull SamplingMode mode,
			@Pattern(regexp = "\\s*(\\d{1,3}([.,]\\d{1,3})?)?\\s*", message = "{org.program.rule.error.rate}") String ratePercent,
			@Pattern(regexp = WHOLE, message = "{org.program.rule.error.nth}") String everyNth,
			@Pattern(regexp = WHOLE, message = "{org.program.rule.error.firstN}") String campaignFirstN,
			UUID campaignRadiologistId,
			@Pattern(regexp = DATE, message = "{org.program.error.date}") String campaignNewSince,
			@Pattern(regexp = DATE, message = "{org.program.error.date}") String validFrom,
			@Pattern(regexp = DATE, message = "{org.program.error.date}") String validTo, Boolean active, UUID reviewerPoolId,
			@Pattern(regexp = WHOLE, message = "{org.program.rule.error.quota}") String reviewerQuotaPerMonth) {

		static RuleForm empty() {
			return new RuleForm("", List.of(), "", "", List.of(), null, SamplingMode.RATE, "", "", "", null, "", "", "", true, null, "");
		}

		static RuleForm of(SamplingRule rule) {
			return new RuleForm(rule.name(), rule.siteIds(), String.join(", ", rule.modalities()), String.join(", ", rule.bodyParts()),
					rule.radiologistIds(), rule.radiologistPoolId(), rule.mode(),
					rule.ratePercent() == null ? "" : rule.ratePercent().toPlainString(), text(rule.everyNth()),
					text(rule.campaignFirstN()), rule.campaignRadiologistId(), text(rule.campaignNewSince()), text(rule.validFrom()),
					text(rule.validTo()), rule.active(), rule.reviewerPoolId(), text(rule.reviewerQuotaPerMonth()));
		}

		SamplingRule rule(UUID id) {
			return new SamplingRule(id, name, nonNull(siteIds), list(modalities), list(bodyParts), nonNull(radiologistIds),
					radiologistPoolId, mode, mode == SamplingMode.RATE ? decimal(ratePercent) : null,
					mode == SamplingMode.EVERY_NTH ? whole(everyNth) : null, whole(campaignFirstN),
					whole(campaignFirstN) == null ? null : campaignRadiologistId,
					whole(campaignFirstN) == null ? null : date(campaignNewSince), date(validFrom), date(validTo), yes(active),
					reviewerPoolId, whole(reviewerQuotaPerMonth), 0, null);
		}
	}

	static boolean yes(Boolean value) {
		return Boolean.TRUE.equals(value);
	}

	static List<String> list(String text) {
		return text == null ? List.of() : Arrays.stream(text.split("[,;]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	private static <T> List<T> nonNull(List<T> values) {
		return values == null ? List.of() : values.stream().filter(v -> v != null).toList();
	}

	private static Integer whole(String text) {
		return text == null || text.isBlank() ? null : Integer.valueOf(text.strip());
	}

	private static BigDecimal decimal(String text) {
		return text == null || text.isBlank() ? null : new BigDecimal(text.strip().replace(',', '.'));
	}

	private static LocalDate date(String text) {
		return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
	}

	private static String text(Object value) {
		return value == null ? "" : value.toString();
	}

	private static String strip(String value) {
		return value == null ? "" : value.strip();
	}
}
