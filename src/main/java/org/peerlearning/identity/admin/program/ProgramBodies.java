package org.peerlearning.identity.admin.program;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.peerlearning.organization.CategoryGroup;
import org.peerlearning.organization.ChoiceOption;
import org.peerlearning.organization.ConflictPair;
import org.peerlearning.organization.CustomFieldDefinition;
import org.peerlearning.organization.CustomFieldTarget;
import org.peerlearning.organization.CustomFieldType;
import org.peerlearning.organization.DicomOptions;
import org.peerlearning.organization.DiscrepancyCategory;
import org.peerlearning.organization.ProgramReplacement;
import org.peerlearning.organization.ReviewProgramSettings;
import org.peerlearning.organization.ReviewScale;
import org.peerlearning.organization.ReviewerPool;
import org.peerlearning.organization.SamplingMode;
import org.peerlearning.organization.SamplingRule;
import org.peerlearning.organization.ScaleLevel;

/**
 * The program as the API reads and writes it: GET gives what PUT takes back. Flags a client
 * leaves out count as {@code false}; items are matched by id, a new one has none.
 */
final class ProgramBodies {

	private ProgramBodies() {
	}

	record ProgramBody(@NotBlank String activeScale, @NotNull @Min(1) @Max(365) Integer turnaroundDays,
			@NotNull @Min(1) @Max(365) Integer reminderDays, @Size(max = 1000) String viewerUrlTemplate, DicomBody dicomOptions,
			@Valid List<ScaleBody> scales, @Valid List<CategoryBody> categories, @Valid List<FieldBody> customFields,
			@Valid List<PoolBody> pools, @Valid List<ConflictBody> conflictPairs, @Valid List<RuleBody> samplingRules) {

		static ProgramBody of(ReviewProgramSettings s) {
			DicomOptions d = s.dicomOptions();
			return new ProgramBody(s.activeScale().code(), s.turnaroundDays(), s.reminderDays(), s.viewerUrlTemplate(),
					new DicomBody(d.retainLongitudinalTemporalWithModifiedDates(), d.retainDeviceIdentity(),
							d.retainPatientCharacteristics(), d.cleanDescriptors()),
					map(s.scales(), ScaleBody::of), map(s.categories(), CategoryBody::of), map(s.customFields(), FieldBody::of),
					map(s.pools(), PoolBody::of), map(s.conflictPairs(), ConflictBody::of), map(s.samplingRules(), RuleBody::of));
		}

		ProgramReplacement replacement() {
			DicomOptions dicom = dicomOptions == null ? DicomOptions.DEFAULT : dicomOptions.options();
			return new ProgramReplacement(activeScale, turnaroundDays, reminderDays, viewerUrlTemplate, dicom,
					map(scales, ScaleBody::scale), map(categories, CategoryBody::category), map(customFields, FieldBody::field),
					map(pools, PoolBody::pool), map(conflictPairs, ConflictBody::pair), map(samplingRules, RuleBody::rule));
		}

		/** Every person the body names, to check they belong to the organization. */
		List<UUID> personIds() {
			List<UUID> ids = new ArrayList<>();
			Objects.requireNonNullElse(pools, List.<PoolBody>of()).forEach(p -> ids.addAll(nonNull(p.memberIds())));
			Objects.requireNonNullElse(conflictPairs, List.<ConflictBody>of()).forEach(p -> {
				ids.add(p.personA());
				ids.add(p.personB());
			});
			Objects.requireNonNullElse(samplingRules, List.<RuleBody>of()).forEach(r -> {
				ids.addAll(nonNull(r.radiologistIds()));
				ids.add(r.campaignRadiologistId());
			});
			return ids.stream().filter(Objects::nonNull).toList();
		}
	}

	record DicomBody(Boolean retainLongitudinalTemporalWithModifiedDates, Boolean retainDeviceIdentity,
			Boolean retainPatientCharacteristics, Boolean cleanDescriptors) {

		DicomOptions options() {
			return new DicomOptions(yes(retainLongitudinalTemporalWithModifiedDates), yes(retainDeviceIdentity),
					yes(retainPatientCharacteristics), yes(cleanDescriptors));
		}
	}

	record LevelBody(String code, String labelEn, String labelFr, Boolean adjudication, Boolean concur,
			Boolean clinicallySignificant) {

		static LevelBody of(ScaleLevel l) {
			return new LevelBody(l.code(), l.labelEn(), l.labelFr(), l.adjudication(), l.concur(), l.clinicallySignificant());
		}

		ScaleLevel level() {
			return new ScaleLevel(Objects.requireNonNullElse(code, ""), Objects.requireNonNullElse(labelEn, ""),
					Objects.requireNonNullElse(labelFr, ""), yes(adjudication), yes(concur), yes(clinicallySignificant));
		}
	}

	record ScaleBody(UUID id, String code, String nameEn, String nameFr, Boolean builtIn, List<LevelBody> levels) {

		static ScaleBody of(ReviewScale s) {
			return new ScaleBody(s.id(), s.code(), s.nameEn(), s.nameFr(), s.builtIn(), map(s.levels(), LevelBody::of));
		}

		ReviewScale scale() {
			return new ReviewScale(id, code, nameEn, nameFr, map(nonNull(levels), LevelBody::level), yes(builtIn), null);
		}
	}

	record CategoryBody(UUID id, String code, String labelEn, String labelFr, CategoryGroup group) {

		static CategoryBody of(DiscrepancyCategory c) {
			return new CategoryBody(c.id(), c.code(), c.labelEn(), c.labelFr(), c.group());
		}

		DiscrepancyCategory category() {
			return new DiscrepancyCategory(id, code, labelEn, labelFr, group, 0, null);
		}
	}

	record FieldBody(UUID id, String code, CustomFieldTarget appliesTo, CustomFieldType type, String labelEn, String labelFr,
			Boolean required, List<ChoiceOption> options) {

		static FieldBody of(CustomFieldDefinition f) {
			return new FieldBody(f.id(), f.code(), f.appliesTo(), f.type(), f.labelEn(), f.labelFr(), f.required(), f.options());
		}

		CustomFieldDefinition field() {
			return new CustomFieldDefinition(id, code, appliesTo, type, labelEn, labelFr, yes(required), 0, nonNull(options), null);
		}
	}

	record PoolBody(UUID id, String name, List<UUID> memberIds, List<String> modalities, List<String> subspecialties) {

		static PoolBody of(ReviewerPool p) {
			return new PoolBody(p.id(), p.name(), p.memberIds(), p.modalities(), p.subspecialties());
		}

		ReviewerPool pool() {
			return new ReviewerPool(id, name, nonNull(memberIds), nonNull(modalities), nonNull(subspecialties), null);
		}
	}

	record ConflictBody(UUID id, UUID personA, UUID personB, String reason) {

		static ConflictBody of(ConflictPair p) {
			return new ConflictBody(p.id(), p.personA(), p.personB(), p.reason());
		}

		ConflictPair pair() {
			return new ConflictPair(id, personA, personB, reason, null);
		}
	}

	record RuleBody(UUID id, String name, List<UUID> siteIds, List<String> modalities, List<String> bodyParts,
			List<UUID> radiologistIds, UUID radiologistPoolId, SamplingMode mode, BigDecimal ratePercent, Integer everyNth,
			Integer campaignFirstN, UUID campaignRadiologistId, LocalDate campaignNewSince, LocalDate validFrom, LocalDate validTo,
			Boolean active, UUID reviewerPoolId, Integer reviewerQuotaPerMonth) {

		static RuleBody of(SamplingRule r) {
			return new RuleBody(r.id(), r.name(), r.siteIds(), r.modalities(), r.bodyParts(), r.radiologistIds(),
					r.radiologistPoolId(), r.mode(), r.ratePercent(), r.everyNth(), r.campaignFirstN(), r.campaignRadiologistId(),
					r.campaignNewSince(), r.validFrom(), r.validTo(), r.active(), r.reviewerPoolId(), r.reviewerQuotaPerMonth());
		}

		SamplingRule rule() {
			return new SamplingRule(id, name, nonNull(siteIds), nonNull(modalities), nonNull(bodyParts), nonNull(radiologistIds),
					radiologistPoolId, mode, ratePercent, everyNth, campaignFirstN, campaignRadiologistId, campaignNewSince, validFrom,
					validTo, yes(active), reviewerPoolId, reviewerQuotaPerMonth, 0, null);
		}
	}

	private static boolean yes(Boolean value) {
		return Boolean.TRUE.equals(value);
	}

	private static <T> List<T> nonNull(List<T> values) {
		return values == null ? List.of() : values.stream().filter(Objects::nonNull).toList();
	}

	private static <A, B> List<B> map(List<A> items, Function<A, B> mapper) {
		return items == null ? null : items.stream().filter(Objects::nonNull).map(mapper).toList();
	}
}
