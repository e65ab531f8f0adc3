package org.peerlearning.organization;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.peerlearning.organization.program.ProgramStore;
import org.peerlearning.organization.program.ProgramStore.Scalars;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * Changes to an organization's review program. Each change is checked here (so pages and the API
 * refuse the same things), written scoped to the organization and published for the audit trail
 * in the same transaction. Items are retired, never deleted. Callers check who may act and that
 * person ids belong to the organization (this module does not know people).
 */
@Service
@Transactional
public class ReviewProgramAdministration {

	private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,39}");

	private final ProgramStore store;

	private final ReviewProgram program;

	private final Organizations organizations;

	private final ApplicationEventPublisher events;

	ReviewProgramAdministration(ProgramStore store, ReviewProgram program, Organizations organizations,
			ApplicationEventPublisher events) {
		this.store = store;
		this.program = program;
		this.organizations = organizations;
		this.events = events;
	}

	/** Everything, retired items included. */
	@Transactional(readOnly = true)
	public ReviewProgramSettings settings(OrganizationId organization) {
		return program.load(organization, true);
	}

	public void updateTargets(OrganizationId organization, String activeScaleCode, int turnaroundDays, int reminderDays,
			String viewerUrlTemplate, DicomOptions dicomOptions, UUID actor) {
		ReviewProgramSettings current = program.of(organization);
		ReviewScale scale = current.scales()
			.stream()
			.filter(s -> s.code().equalsIgnoreCase(Objects.requireNonNullElse(activeScaleCode, "")))
			.findFirst()
			.orElseThrow(() -> new InvalidProgramSettingException("activeScale", "org.program.error.scale"));
		check(turnaroundDays >= 1 && turnaroundDays <= 365, "turnaroundDays", "org.program.error.days");
		check(reminderDays >= 1 && reminderDays <= 365, "reminderDays", "org.program.error.days");
		check(reminderDays <= turnaroundDays, "reminderDays", "org.program.error.reminderAfterDue");
		String viewerProblem = ViewerUrlTemplate.problem(viewerUrlTemplate);
		check(viewerProblem == null, "viewerUrlTemplate", viewerProblem);
		String viewer = viewerUrlTemplate == null || viewerUrlTemplate.isBlank() ? null : viewerUrlTemplate.strip();
		Scalars after = new Scalars(scale.code(), turnaroundDays, reminderDays, viewer, Objects.requireNonNull(dicomOptions));
		Scalars before = new Scalars(current.activeScale().code(), current.turnaroundDays(), current.reminderDays(),
				current.viewerUrlTemplate(), current.dicomOptions());
		store.saveScalars(organization, after, actor);
		Map<String, String> changes = changes(before, after);
		if (!changes.isEmpty()) {
			events.publishEvent(new ReviewProgramChanged(organization.value(), actor, "organization.program.targets.updated",
					"program-settings", organization.toString(), changes));
		}
	}

	public UUID addScale(OrganizationId organization, ReviewScale scale, UUID actor) {
		code(scale.code(), "code");
		check(!scale.code().equalsIgnoreCase(ReviewScale.RADPEER_2016_CODE), "code", "org.program.error.codeTaken");
		text(scale.nameEn(), "nameEn");
		text(scale.nameFr(), "nameFr");
		check(scale.levels().size() >= 2, "levels", "org.program.scale.error.levels");
		Set<String> codes = new HashSet<>();
		for (ScaleLevel level : scale.levels()) {
			check(CODE.matcher(level.code()).matches() && level.code().length() <= 20, "levels", "org.program.error.code");
			check(codes.add(level.code().toLowerCase()), "levels", "org.program.scale.error.duplicateLevel");
			text(level.labelEn(), "levels");
			text(level.labelFr(), "levels");
		}
		check(scale.levels().stream().anyMatch(ScaleLevel::concur), "levels", "org.program.scale.error.concur");
		UUID id = UUID.randomUUID();
		unique(() -> store.insertScale(organization,
				new ReviewScale(id, scale.code().strip(), scale.nameEn().strip(), scale.nameFr().strip(), scale.levels(), false, null),
				actor));
		publish(organization, actor, ProgramItem.SCALE, "added", id, Map.of("code", scale.code().strip()));
		return id;
	}

	public UUID addCategory(OrganizationId organization, DiscrepancyCategory category, UUID actor) {
		code(category.code(), "code");
		text(category.labelEn(), "labelEn");
		text(category.labelFr(), "labelFr");
		check(category.group() != null, "group", "org.program.error.required");
		UUID id = UUID.randomUUID();
		unique(() -> store.insertCategory(organization, new DiscrepancyCategory(id, category.code().strip(),
				category.labelEn().strip(), category.labelFr().strip(), category.group(), category.position(), null), actor));
		publish(organization, actor, ProgramItem.CATEGORY, "added", id, Map.of("code", category.code().strip()));
		return id;
	}

	public void updateCategory(OrganizationId organization, UUID id, String labelEn, String labelFr, CategoryGroup group,
			UUID actor) {
		requireActive(organization, ProgramItem.CATEGORY, id);
		text(labelEn, "labelEn");
		text(labelFr, "labelFr");
		check(group != null, "group", "org.program.error.required");
		store.updateCategory(organization, id, labelEn.strip(), labelFr.strip(), group, actor);
		publish(organization, actor, ProgramItem.CATEGORY, "updated", id, Map.of("group", group.name()));
	}

	public UUID addCustomField(OrganizationId organization, CustomFieldDefinition field, UUID actor) {
		code(field.code(), "code");
		text(field.labelEn(), "labelEn");
		text(field.labelFr(), "labelFr");
		check(field.appliesTo() != null, "appliesTo", "org.program.error.required");
		check(field.type() != null, "type", "org.program.error.required");
		if (field.type().hasOptions()) {
			check(field.options().size() >= 2, "options", "org.program.field.error.options");
			Set<String> codes = new HashSet<>();
			for (ChoiceOption option : field.options()) {
				check(CODE.matcher(option.code()).matches() && codes.add(option.code()), "options", "org.program.field.error.optionCode");
				text(option.labelEn(), "options");
				text(option.labelFr(), "options");
			}
		}
		else {
			check(field.options().isEmpty(), "options", "org.program.field.error.noOptions");
		}
		UUID id = UUID.randomUUID();
		unique(() -> store.insertCustomField(organization, new CustomFieldDefinition(id, field.code().strip(), field.appliesTo(),
				field.type(), field.labelEn().strip(), field.labelFr().strip(), field.required(), field.position(), field.options(),
				null), actor));
		publish(organization, actor, ProgramItem.CUSTOM_FIELD, "added", id, Map.of("code", field.code().strip(), "type",
				field.type().name()));
		return id;
	}

	public UUID addPool(OrganizationId organization, ReviewerPool pool, UUID actor) {
		checkPool(pool);
		UUID id = UUID.randomUUID();
		unique(() -> store.insertPool(organization, withId(pool, id), actor));
		publish(organization, actor, ProgramItem.POOL, "added", id, Map.of("name", pool.name().strip(), "members",
				String.valueOf(pool.memberIds().size())));
		return id;
	}

	public void updatePool(OrganizationId organization, ReviewerPool pool, UUID actor) {
		requireActive(organization, ProgramItem.POOL, pool.id());
		checkPool(pool);
		unique(() -> store.updatePool(organization, withId(pool, pool.id()), actor));
		publish(organization, actor, ProgramItem.POOL, "updated", pool.id(), Map.of("name", pool.name().strip(), "members",
				String.valueOf(pool.memberIds().size())));
	}

	public UUID addConflict(OrganizationId organization, UUID personA, UUID personB, String reason, UUID actor) {
		check(personA != null, "personA", "org.program.error.required");
		check(personB != null, "personB", "org.program.error.required");
		check(!personA.equals(personB), "personB", "org.program.conflict.error.same");
		check(reason == null || reason.length() <= 500, "reason", "org.program.error.tooLong");
		check(!program.conflicted(organization, personA, personB), "personB", "org.program.conflict.error.exists");
		UUID id = UUID.randomUUID();
		store.insertConflict(organization, new ConflictPair(id, personA, personB, blankToNull(reason), null), actor);
		publish(organization, actor, ProgramItem.CONFLICT, "added", id, Map.of());
		return id;
	}

	public UUID addRule(OrganizationId organization, SamplingRule rule, UUID actor) {
		SamplingRule checked = checkRule(organization, rule, UUID.randomUUID());
		store.insertRule(organization, checked, actor);
		publish(organization, actor, ProgramItem.SAMPLING_RULE, "added", checked.id(), ruleDetails(checked));
		return checked.id();
	}

	public void updateRule(OrganizationId organization, SamplingRule rule, UUID actor) {
		requireActive(organization, ProgramItem.SAMPLING_RULE, rule.id());
		SamplingRule checked = checkRule(organization, rule, rule.id());
		store.updateRule(organization, checked, actor);
		publish(organization, actor, ProgramItem.SAMPLING_RULE, "updated", checked.id(), ruleDetails(checked));
	}

	/**
	 * Retires an item: 404 if the organization has no such item, 409 if it is already retired or
	 * still needed (the active scale, a pool an active rule uses).
	 */
	public void retire(OrganizationId organization, ProgramItem item, UUID id, String reason, UUID actor) {
		requireActive(organization, item, id);
		check(reason != null && !reason.isBlank() && reason.length() <= 500, "reason", "org.program.error.reason");
		ReviewProgramSettings current = program.of(organization);
		if (item == ProgramItem.SCALE && id.equals(current.activeScale().id())) {
			throw new ResponseStatusException(HttpStatus.CONFLICT, "the active scale cannot be retired");
		}
		if (item == ProgramItem.POOL && current.samplingRules()
			.stream()
			.anyMatch(r -> id.equals(r.reviewerPoolId()) || id.equals(r.radiologistPoolId()))) {
			throw new ResponseStatusException(HttpStatus.CONFLICT, "a sampling rule uses this pool");
		}
		store.retire(organization, item, id, reason.strip(), actor);
		publish(organization, actor, item, "retired", id, Map.of("reason", reason.strip()));
	}

	void requireActive(OrganizationId organization, ProgramItem item, UUID id) {
		if (id == null || !store.exists(organization, item, id)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		boolean active = switch (item) {
			case SCALE -> settings(organization).scales().stream().anyMatch(s -> id.equals(s.id()) && s.active());
			case CATEGORY -> settings(organization).categories().stream().anyMatch(c -> id.equals(c.id()) && c.active());
			case CUSTOM_FIELD -> settings(organization).customFields().stream().anyMatch(f -> id.equals(f.id()) && f.active());
			case POOL -> settings(organization).pools().stream().anyMatch(p -> id.equals(p.id()) && p.active());
			case CONFLICT -> settings(organization).conflictPairs().stream().anyMatch(c -> id.equals(c.id()) && c.active());
			case SAMPLING_RULE -> settings(organization).samplingRules().stream().anyMatch(r -> id.equals(r.id()) && r.retiredAt() == null);
		};
		if (!active) {
			throw new ResponseStatusException(HttpStatus.CONFLICT, "retired");
		}
	}

	private void checkPool(ReviewerPool pool) {
		text(pool.name(), "name");
		check(!pool.memberIds().isEmpty(), "memberIds", "org.program.pool.error.members");
		check(pool.memberIds().stream().distinct().count() == pool.memberIds().size(), "memberIds", "org.program.pool.error.members");
	}

	private SamplingRule checkRule(OrganizationId organization, SamplingRule rule, UUID id) {
		text(rule.name(), "name");
		check(rule.mode() != null, "mode", "org.program.error.required");
		BigDecimal rate = null;
		Integer nth = null;
		if (rule.mode() == SamplingMode.RATE) {
			rate = rule.ratePercent();
			check(rate != null && rate.signum() > 0 && rate.compareTo(BigDecimal.valueOf(100)) <= 0 && rate.scale() <= 3,
					"ratePercent", "org.program.rule.error.rate");
		}
		else {
			nth = rule.everyNth();
			check(nth != null && nth >= 1 && nth <= 100_000, "everyNth", "org.program.rule.error.nth");
		}
		if (rule.campaignFirstN() != null) {
			check(rule.campaignFirstN() >= 1 && rule.campaignFirstN() <= 1_000_000, "campaignFirstN", "org.program.rule.error.firstN");
			check((rule.campaignRadiologistId() == null) != (rule.campaignNewSince() == null), "campaignRadiologistId",
					"org.program.rule.error.campaignWho");
		}
		else {
			check(rule.campaignRadiologistId() == null && rule.campaignNewSince() == null, "campaignFirstN",
					"org.program.rule.error.firstN");
		}
		check(rule.validFrom() == null || rule.validTo() == null || !rule.validFrom().isAfter(rule.validTo()), "validTo",
				"org.program.rule.error.dates");
		check(rule.reviewerQuotaPerMonth() == null || rule.reviewerQuotaPerMonth() >= 1 && rule.reviewerQuotaPerMonth() <= 10_000,
				"reviewerQuotaPerMonth", "org.program.rule.error.quota");
		ReviewProgramSettings current = program.of(organization);
		check(rule.reviewerPoolId() == null || current.pool(rule.reviewerPoolId()).isPresent(), "reviewerPoolId",
				"org.program.rule.error.pool");
		check(rule.radiologistPoolId() == null || current.pool(rule.radiologistPoolId()).isPresent(), "radiologistPoolId",
				"org.program.rule.error.pool");
		for (UUID site : rule.siteIds()) {
			check(organizations.findSite(organization, new SiteId(site)).isPresent(), "siteIds", "org.program.rule.error.site");
		}
		return new SamplingRule(id, rule.name().strip(), rule.siteIds().stream().distinct().toList(),
				upper(rule.modalities()), upper(rule.bodyParts()), rule.radiologistIds().stream().distinct().toList(),
				rule.radiologistPoolId(), rule.mode(), rate, nth, rule.campaignFirstN(), rule.campaignRadiologistId(),
				rule.campaignNewSince(), rule.validFrom(), rule.validTo(), rule.active(), rule.reviewerPoolId(),
				rule.reviewerQuotaPerMonth(), rule.position(), null);
	}

	private static Map<String, String> ruleDetails(SamplingRule rule) {
		Map<String, String> details = new LinkedHashMap<>();
		details.put("name", rule.name());
		details.put("mode", rule.mode() == SamplingMode.RATE ? rule.ratePercent().toPlainString() + "%" : "1/" + rule.everyNth());
		details.put("active", String.valueOf(rule.active()));
		return details;
	}

	private static List<String> upper(List<String> values) {
		return values.stream().filter(v -> v != null && !v.isBlank()).map(v -> v.strip().toUpperCase()).distinct().toList();
	}

	private static ReviewerPool withId(ReviewerPool pool, UUID id) {
		return new ReviewerPool(id, pool.name().strip(), pool.memberIds(), upper(pool.modalities()),
				pool.subspecialties().stream().filter(s -> s != null && !s.isBlank()).map(String::strip).distinct().toList(), null);
	}

	private static Map<String, String> changes(Scalars before, Scalars after) {
		Map<String, String> changes = new LinkedHashMap<>();
		if (!before.activeScaleCode().equals(after.activeScaleCode())) {
			changes.put("activeScale", before.activeScaleCode() + " -> " + after.activeScaleCode());
		}
		if (before.turnaroundDays() != after.turnaroundDays()) {
			changes.put("turnaroundDays", before.turnaroundDays() + " -> " + after.turnaroundDays());
		}
		if (before.reminderDays() != after.reminderDays()) {
			changes.put("reminderDays", before.reminderDays() + " -> " + after.reminderDays());
		}
		if (!Objects.equals(before.viewerUrlTemplate(), after.viewerUrlTemplate())) {
			changes.put("viewerUrlTemplate", "changed");
		}
		if (!before.dicomOptions().equals(after.dicomOptions())) {
			changes.put("dicomOptions", after.dicomOptions().toString());
		}
		return changes;
	}

	private void publish(OrganizationId organization, UUID actor, ProgramItem item, String verb, UUID id,
			Map<String, String> details) {
		events.publishEvent(ReviewProgramChanged.of(organization, actor, item, verb, id, details));
	}

	private static void code(String code, String field) {
		check(code != null && CODE.matcher(code.strip()).matches(), field, "org.program.error.code");
	}

	private static void text(String value, String field) {
		check(value != null && !value.isBlank(), field, "org.program.error.required");
		check(value.strip().length() <= 200, field, "org.program.error.tooLong");
	}

	private static void check(boolean ok, String field, String messageKey) {
		if (!ok) {
			throw new InvalidProgramSettingException(field, messageKey);
		}
	}

	private static void unique(Runnable write) {
		try {
			write.run();
		}
		catch (DuplicateKeyException e) {
			throw new InvalidProgramSettingException("code", "org.program.error.codeTaken");
		}
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
