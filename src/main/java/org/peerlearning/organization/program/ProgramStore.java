package org.peerlearning.organization.program;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.peerlearning.organization.CategoryGroup;
import org.peerlearning.organization.ChoiceOption;
import org.peerlearning.organization.ConflictPair;
import org.peerlearning.organization.CustomFieldDefinition;
import org.peerlearning.organization.CustomFieldTarget;
import org.peerlearning.organization.CustomFieldType;
import org.peerlearning.organization.DicomOptions;
import org.peerlearning.organization.DiscrepancyCategory;
import org.peerlearning.organization.OrganizationId;
import org.peerlearning.organization.ProgramItem;
import org.peerlearning.organization.ReviewScale;
import org.peerlearning.organization.ReviewerPool;
import org.peerlearning.organization.SamplingMode;
import org.peerlearning.organization.SamplingRule;
import org.peerlearning.organization.ScaleLevel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL of the review program settings. Every statement filters by the organization, so an id of
 * another organization matches nothing.
 */
@Repository
public class ProgramStore {

	private static final Map<ProgramItem, String> TABLES = Map.of(ProgramItem.SCALE, "review_scale", ProgramItem.CATEGORY,
			"discrepancy_category", ProgramItem.CUSTOM_FIELD, "custom_field", ProgramItem.POOL, "reviewer_pool",
			ProgramItem.CONFLICT, "conflict_pair", ProgramItem.SAMPLING_RULE, "sampling_rule");

	private static final String RULE_COLUMNS = """
			id, name, site_ids, modalities, body_parts, radiologist_ids, radiologist_pool_id, mode, rate_percent, every_nth,
			campaign_first_n, campaign_radiologist_id, campaign_new_since, valid_from, valid_to, active, reviewer_pool_id,
			reviewer_quota_per_month, position, retired_at""";

	private final JdbcClient jdbc;

	ProgramStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	// Scalar settings

	public Optional<Scalars> scalars(OrganizationId organization) {
		return jdbc.sql("""
				select active_scale_code, turnaround_days, reminder_days, viewer_url_template, dicom_retain_temporal,
				dicom_retain_device, dicom_retain_patient_characteristics, dicom_clean_descriptors
				from review_program_settings where organization_id = ?""")
			.param(organization.value())
			.query((rs, n) -> new Scalars(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getString(4),
					new DicomOptions(rs.getBoolean(5), rs.getBoolean(6), rs.getBoolean(7), rs.getBoolean(8))))
			.optional();
	}

	public void saveScalars(OrganizationId organization, Scalars scalars, UUID actor) {
		DicomOptions dicom = scalars.dicomOptions();
		jdbc.sql("""
				insert into review_program_settings (organization_id, active_scale_code, turnaround_days, reminder_days,
				  viewer_url_template, dicom_retain_temporal, dicom_retain_device, dicom_retain_patient_characteristics,
				  dicom_clean_descriptors, created_by, updated_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (organization_id) do update set active_scale_code = excluded.active_scale_code,
				  turnaround_days = excluded.turnaround_days, reminder_days = excluded.reminder_days,
				  viewer_url_template = excluded.viewer_url_template, dicom_retain_temporal = excluded.dicom_retain_temporal,
				  dicom_retain_device = excluded.dicom_retain_device,
				  dicom_retain_patient_characteristics = excluded.dicom_retain_patient_characteristics,
				  dicom_clean_descriptors = excluded.dicom_clean_descriptors, updated_at = now(), updated_by = excluded.updated_by""")
			.params(organization.value(), scalars.activeScaleCode(), scalars.turnaroundDays(), scalars.reminderDays(),
					scalars.viewerUrlTemplate(), dicom.retainLongitudinalTemporalWithModifiedDates(), dicom.retainDeviceIdentity(),
					dicom.retainPatientCharacteristics(), dicom.cleanDescriptors(), actor, actor)
			.update();
	}

	// Scales

	public List<ReviewScale> scales(OrganizationId organization) {
		Map<UUID, List<ScaleLevel>> levels = new LinkedHashMap<>();
		jdbc.sql("""
				select scale_id, code, label_en, label_fr, adjudication, concur, clinically_significant from review_scale_level
				where organization_id = ? order by scale_id, position""")
			.param(organization.value())
			.query(rs -> {
				levels.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
					.add(new ScaleLevel(rs.getString(2), rs.getString(3), rs.getString(4), rs.getBoolean(5), rs.getBoolean(6),
							rs.getBoolean(7)));
			});
		return jdbc.sql("""
				select id, code, name_en, name_fr, retired_at from review_scale where organization_id = ?
				order by retired_at nulls first, created_at""")
			.param(organization.value())
			.query((rs, n) -> {
				UUID id = rs.getObject(1, UUID.class);
				return new ReviewScale(id, rs.getString(2), rs.getString(3), rs.getString(4), levels.getOrDefault(id, List.of()),
						false, instant(rs.getTimestamp(5)));
			})
			.list();
	}

	public void insertScale(OrganizationId organization, ReviewScale scale, UUID actor) {
		jdbc.sql("insert into review_scale (id, organization_id, code, name_en, name_fr, created_by, updated_by) values (?, ?, ?, ?, ?, ?, ?)")
			.params(scale.id(), organization.value(), scale.code(), scale.nameEn(), scale.nameFr(), actor, actor)
			.update();
		int position = 0;
		for (ScaleLevel level : scale.levels()) {
			jdbc.sql("""
					insert into review_scale_level (scale_id, organization_id, position, code, label_en, label_fr, adjudication,
					  concur, clinically_significant) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(scale.id(), organization.value(), position++, level.code(), level.labelEn(), level.labelFr(),
						level.adjudication(), level.concur(), level.clinicallySignificant())
				.update();
		}
	}

	// Taxonomy

	public List<DiscrepancyCategory> categories(OrganizationId organization) {
		return jdbc.sql("""
				select id, code, label_en, label_fr, category_group, position, retired_at from discrepancy_category
				where organization_id = ? order by retired_at nulls first, position, code""")
			.param(organization.value())
			.query((rs, n) -> new DiscrepancyCategory(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
					rs.getString(4), CategoryGroup.valueOf(rs.getString(5)), rs.getInt(6), instant(rs.getTimestamp(7))))
			.list();
	}

	public void insertCategory(OrganizationId organization, DiscrepancyCategory category, UUID actor) {
		jdbc.sql("""
				insert into discrepancy_category (id, organization_id, code, label_en, label_fr, category_group, position,
				  created_by, updated_by)
				values (?, ?, ?, ?, ?, ?, coalesce(?, (select coalesce(max(position), 0) + 1 from discrepancy_category
				  where organization_id = ?)), ?, ?)""")
			.params(category.id(), organization.value(), category.code(), category.labelEn(), category.labelFr(),
					category.group().name(), category.position() > 0 ? category.position() : null, organization.value(), actor,
					actor)
			.update();
	}

	public int updateCategory(OrganizationId organization, UUID id, String labelEn, String labelFr, CategoryGroup group,
			UUID actor) {
		return jdbc.sql("""
				update discrepancy_category set label_en = ?, label_fr = ?, category_group = ?, updated_at = now(), updated_by = ?
				where organization_id = ? and id = ? and retired_at is null""")
			.params(labelEn, labelFr, group.name(), actor, organization.value(), id)
			.update();
	}

	// Custom fields

	public List<CustomFieldDefinition> customFields(OrganizationId organization) {
		Map<UUID, List<ChoiceOption>> options = new LinkedHashMap<>();
		jdbc.sql("select field_id, code, label_en, label_fr from custom_field_option where organization_id = ? order by field_id, position")
			.param(organization.value())
			.query(rs -> {
				options.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
					.add(new ChoiceOption(rs.getString(2), rs.getString(3), rs.getString(4)));
			});
		return jdbc.sql("""
				select id, code, applies_to, field_type, label_en, label_fr, required, position, retired_at from custom_field
				where organization_id = ? order by retired_at nulls first, applies_to, position, code""")
			.param(organization.value())
			.query((rs, n) -> {
				UUID id = rs.getObject(1, UUID.class);
				return new CustomFieldDefinition(id, rs.getString(2), CustomFieldTarget.valueOf(rs.getString(3)),
						CustomFieldType.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6), rs.getBoolean(7), rs.getInt(8),
						options.getOrDefault(id, List.of()), instant(rs.getTimestamp(9)));
			})
			.list();
	}

	public void insertCustomField(OrganizationId organization, CustomFieldDefinition field, UUID actor) {
		jdbc.sql("""
				insert into custom_field (id, organization_id, code, applies_to, field_type, label_en, label_fr, required, position,
				  created_by, updated_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, coalesce(?, (select coalesce(max(position), 0) + 1 from custom_field
				  where organization_id = ?)), ?, ?)""")
			.params(field.id(), organization.value(), field.code(), field.appliesTo().name(), field.type().name(), field.labelEn(),
					field.labelFr(), field.required(), field.position() > 0 ? field.position() : null, organization.value(), actor,
					actor)
			.update();
		int position = 0;
		for (ChoiceOption option : field.options()) {
			jdbc.sql("insert into custom_field_option (field_id, organization_id, position, code, label_en, label_fr) values (?, ?, ?, ?, ?, ?)")
				.params(field.id(), organization.value(), position++, option.code(), option.labelEn(), option.labelFr())
				.update();
		}
	}

	// Reviewer pools

	public List<ReviewerPool> pools(OrganizationId organization) {
		return jdbc.sql("""
				select id, name, member_ids, modalities, subspecialties, retired_at from reviewer_pool
				where organization_id = ? order by retired_at nulls first, name""")
			.param(organization.value())
			.query((rs, n) -> new ReviewerPool(rs.getObject(1, UUID.class), rs.getString(2), uuids(rs.getArray(3)),
					strings(rs.getArray(4)), strings(rs.getArray(5)), instant(rs.getTimestamp(6))))
			.list();
	}

	public void insertPool(OrganizationId organization, ReviewerPool pool, UUID actor) {
		jdbc.sql("""
				insert into reviewer_pool (id, organization_id, name, member_ids, modalities, subspecialties, created_by, updated_by)
				values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(pool.id(), organization.value(), pool.name(), pool.memberIds().toArray(UUID[]::new),
					pool.modalities().toArray(String[]::new), pool.subspecialties().toArray(String[]::new), actor, actor)
			.update();
	}

	public int updatePool(OrganizationId organization, ReviewerPool pool, UUID actor) {
		return jdbc.sql("""
				update reviewer_pool set name = ?, member_ids = ?, modalities = ?, subspecialties = ?, updated_at = now(),
				  updated_by = ? where organization_id = ? and id = ? and retired_at is null""")
			.params(pool.name(), pool.memberIds().toArray(UUID[]::new), pool.modalities().toArray(String[]::new),
					pool.subspecialties().toArray(String[]::new), actor, organization.value(), pool.id())
			.update();
	}

	// Conflict-of-interest pairs

	public List<ConflictPair> conflicts(OrganizationId organization) {
		return jdbc.sql("""
				select id, person_a, person_b, reason, retired_at from conflict_pair where organization_id = ?
				order by retired_at nulls first, created_at""")
			.param(organization.value())
			.query((rs, n) -> new ConflictPair(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
					rs.getObject(3, UUID.class), rs.getString(4), instant(rs.getTimestamp(5))))
			.list();
	}

	public void insertConflict(OrganizationId organization, ConflictPair pair, UUID actor) {
		// PostgreSQL orders uuids by their bytes, as their text sorts; UUID.compareTo is signed.
		boolean ordered = pair.personA().toString().compareTo(pair.personB().toString()) < 0;
		jdbc.sql("""
				insert into conflict_pair (id, organization_id, person_a, person_b, reason, created_by, updated_by)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(pair.id(), organization.value(), ordered ? pair.personA() : pair.personB(),
					ordered ? pair.personB() : pair.personA(), pair.reason(), actor, actor)
			.update();
	}

	// Sampling rules

	public List<SamplingRule> rules(OrganizationId organization) {
		return jdbc.sql("select " + RULE_COLUMNS + " from sampling_rule where organization_id = ? order by retired_at nulls first, position")
			.param(organization.value())
			.query(ProgramStore::rule)
			.list();
	}

	public void insertRule(OrganizationId organization, SamplingRule rule, UUID actor) {
		jdbc.sql("""
				insert into sampling_rule (id, organization_id, name, site_ids, modalities, body_parts, radiologist_ids,
				  radiologist_pool_id, mode, rate_percent, every_nth, campaign_first_n, campaign_radiologist_id, campaign_new_since,
				  valid_from, valid_to, active, reviewer_pool_id, reviewer_quota_per_month, position, created_by, updated_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
				  (select coalesce(max(position), 0) + 1 from sampling_rule where organization_id = ?), ?, ?)""")
			.params(rule.id(), organization.value(), rule.name(), rule.siteIds().toArray(UUID[]::new),
					rule.modalities().toArray(String[]::new), rule.bodyParts().toArray(String[]::new),
					rule.radiologistIds().toArray(UUID[]::new), rule.radiologistPoolId(), rule.mode().name(), rule.ratePercent(),
					rule.everyNth(), rule.campaignFirstN(), rule.campaignRadiologistId(), rule.campaignNewSince(), rule.validFrom(),
					rule.validTo(), rule.active(), rule.reviewerPoolId(), rule.reviewerQuotaPerMonth(), organization.value(), actor,
					actor)
			.update();
	}

	public int updateRule(OrganizationId organization, SamplingRule rule, UUID actor) {
		return jdbc.sql("""
				update sampling_rule set name = ?, site_ids = ?, modalities = ?, body_parts = ?, radiologist_ids = ?,
				  radiologist_pool_id = ?, mode = ?, rate_percent = ?, every_nth = ?, campaign_first_n = ?,
				  campaign_radiologist_id = ?, campaign_new_since = ?, valid_from = ?, valid_to = ?, active = ?,
				  reviewer_pool_id = ?, reviewer_quota_per_month = ?, updated_at = now(), updated_by = ?
				where organization_id = ? and id = ? and retired_at is null""")
			.params(rule.name(), rule.siteIds().toArray(UUID[]::new), rule.modalities().toArray(String[]::new),
					rule.bodyParts().toArray(String[]::new), rule.radiologistIds().toArray(UUID[]::new), rule.radiologistPoolId(),
					rule.mode().name(), rule.ratePercent(), rule.everyNth(), rule.campaignFirstN(), rule.campaignRadiologistId(),
					rule.campaignNewSince(), rule.validFrom(), rule.validTo(), rule.active(), rule.reviewerPoolId(),
					rule.reviewerQuotaPerMonth(), actor, organization.value(), rule.id())
			.update();
	}

	// Retiring any item

	/** Retires an active item of the organization; answers how many rows changed (0 or 1). */
	public int retire(OrganizationId organization, ProgramItem item, UUID id, String reason, UUID actor) {
		return jdbc.sql("update " + TABLES.get(item) + """
				 set retired_at = now(), retired_by = ?, retired_reason = ?, updated_at = now(), updated_by = ?
				where organization_id = ? and id = ? and retired_at is null""")
			.params(actor, reason, actor, organization.value(), id)
			.update();
	}

	public boolean exists(OrganizationId organization, ProgramItem item, UUID id) {
		return jdbc.sql("select count(*) from " + TABLES.get(item) + " where organization_id = ? and id = ?")
			.params(organization.value(), id)
			.query(Long.class)
			.single() > 0;
	}

	private static SamplingRule rule(ResultSet rs, int row) throws SQLException {
		BigDecimal rate = rs.getBigDecimal("rate_percent");
		return new SamplingRule(rs.getObject("id", UUID.class), rs.getString("name"), uuids(rs.getArray("site_ids")),
				strings(rs.getArray("modalities")), strings(rs.getArray("body_parts")), uuids(rs.getArray("radiologist_ids")),
				rs.getObject("radiologist_pool_id", UUID.class), SamplingMode.valueOf(rs.getString("mode")),
				rate == null ? null : rate.stripTrailingZeros(), (Integer) rs.getObject("every_nth"),
				(Integer) rs.getObject("campaign_first_n"), rs.getObject("campaign_radiologist_id", UUID.class),
				rs.getObject("campaign_new_since", LocalDate.class), rs.getObject("valid_from", LocalDate.class),
				rs.getObject("valid_to", LocalDate.class), rs.getBoolean("active"), rs.getObject("reviewer_pool_id", UUID.class),
				(Integer) rs.getObject("reviewer_quota_per_month"), rs.getInt("position"), instant(rs.getTimestamp("retired_at")));
	}

	private static List<UUID> uuids(Array array) throws SQLException {
		return array == null ? List.of() : Arrays.stream((Object[]) array.getArray()).map(UUID.class::cast).toList();
	}

	private static List<String> strings(Array array) throws SQLException {
		return array == null ? List.of() : Arrays.stream((Object[]) array.getArray()).map(String.class::cast).toList();
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

	/** The single-valued settings of one organization. */
	public record Scalars(String activeScaleCode, int turnaroundDays, int reminderDays, String viewerUrlTemplate,
			DicomOptions dicomOptions) {

		public static final Scalars DEFAULT = new Scalars(ReviewScale.RADPEER_2016_CODE, 14, 7, null, DicomOptions.DEFAULT);
	}
}
