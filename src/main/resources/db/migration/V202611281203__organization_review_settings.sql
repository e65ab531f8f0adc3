-- Review program settings of each organization: scales, discrepancy taxonomy, custom fields,
-- reviewer pools, conflict-of-interest pairs, sampling rules and review targets. Nothing here is
-- deleted: items are retired with who, when and why, so past reviews keep their meaning.

-- Scalar settings; an organization without a row uses the defaults below (RADPEER 2016 active).
create table review_program_settings (
    organization_id                 uuid primary key references organization (id),
    active_scale_code               varchar(40)   not null default 'RADPEER-2016',
    turnaround_days                 integer       not null default 14 check (turnaround_days between 1 and 365),
    reminder_days                   integer       not null default 7 check (reminder_days between 1 and 365),
    viewer_url_template             varchar(1000),
    dicom_retain_temporal           boolean       not null default false,
    dicom_retain_device             boolean       not null default false,
    dicom_retain_patient_characteristics boolean  not null default false,
    dicom_clean_descriptors         boolean       not null default true,
    created_at                      timestamptz   not null default now(),
    created_by                      uuid,
    updated_at                      timestamptz   not null default now(),
    updated_by                      uuid
);

-- Scales an organization defined itself (RADPEER 2016 is built into the code, read-only).
create table review_scale (
    id               uuid primary key,
    organization_id  uuid          not null references organization (id),
    code             varchar(40)   not null,
    name_en          varchar(200)  not null,
    name_fr          varchar(200)  not null,
    created_at       timestamptz   not null default now(),
    created_by       uuid,
    updated_at       timestamptz   not null default now(),
    updated_by       uuid,
    retired_at       timestamptz,
    retired_by       uuid,
    retired_reason   varchar(500)
);
create unique index review_scale_code_uk on review_scale (organization_id, lower(code));

create table review_scale_level (
    scale_id                uuid          not null references review_scale (id),
    organization_id         uuid          not null references organization (id),
    position                integer       not null,
    code                    varchar(20)   not null,
    label_en                varchar(300)  not null,
    label_fr                varchar(300)  not null,
    adjudication            boolean       not null,
    concur                  boolean       not null,
    clinically_significant  boolean       not null,
    primary key (scale_id, position)
);
create index review_scale_level_organization_ix on review_scale_level (organization_id);

create table discrepancy_category (
    id               uuid primary key,
    organization_id  uuid          not null references organization (id),
    code             varchar(40)   not null,
    label_en         varchar(200)  not null,
    label_fr         varchar(200)  not null,
    category_group   varchar(20)   not null check (category_group in ('PERCEPTUAL', 'INTERPRETIVE', 'OTHER')),
    position         integer       not null,
    created_at       timestamptz   not null default now(),
    created_by       uuid,
    updated_at       timestamptz   not null default now(),
    updated_by       uuid,
    retired_at       timestamptz,
    retired_by       uuid,
    retired_reason   varchar(500)
);
create unique index discrepancy_category_code_uk on discrepancy_category (organization_id, lower(code));

create table custom_field (
    id               uuid primary key,
    organization_id  uuid          not null references organization (id),
    code             varchar(40)   not null,
    applies_to       varchar(10)   not null check (applies_to in ('CASE', 'REVIEW')),
    field_type       varchar(20)   not null check (field_type in ('TEXT', 'NUMBER', 'YES_NO', 'SINGLE_CHOICE', 'MULTIPLE_CHOICE')),
    label_en         varchar(200)  not null,
    label_fr         varchar(200)  not null,
    required         boolean       not null,
    position         integer       not null,
    created_at       timestamptz   not null default now(),
    created_by       uuid,
    updated_at       timestamptz   not null default now(),
    updated_by       uuid,
    retired_at       timestamptz,
    retired_by       uuid,
    retired_reason   varchar(500)
);
create unique index custom_field_code_uk on custom_field (organization_id, lower(code));

create table custom_field_option (
    field_id         uuid          not null references custom_field (id),
    organization_id  uuid          not null references organization (id),
    position         integer       not null,
    code             varchar(40)   not null,
    label_en         varchar(200)  not null,
    label_fr         varchar(200)  not null,
    primary key (field_id, position)
);

-- Reviewer pools: members are people of the organization (checked when saved).
create table reviewer_pool (
    id               uuid primary key,
    organization_id  uuid          not null references organization (id),
    name             varchar(200)  not null,
    member_ids       uuid[]        not null default '{}',
    modalities       varchar(16)[] not null default '{}',
    subspecialties   varchar(100)[] not null default '{}',
    created_at       timestamptz   not null default now(),
    created_by       uuid,
    updated_at       timestamptz   not null default now(),
    updated_by       uuid,
    retired_at       timestamptz,
    retired_by       uuid,
    retired_reason   varchar(500)
);
create unique index reviewer_pool_name_uk on reviewer_pool (organization_id, lower(name)) where retired_at is null;

-- Two people who must never review each other; stored with person_a < person_b.
create table conflict_pair (
    id               uuid primary key,
    organization_id  uuid          not null references organization (id),
    person_a         uuid          not null,
    person_b         uuid          not null,
    reason           varchar(500),
    created_at       timestamptz   not null default now(),
    created_by       uuid,
    updated_at       timestamptz   not null default now(),
    updated_by       uuid,
    retired_at       timestamptz,
    retired_by       uuid,
    retired_reason   varchar(500),
    check (person_a < person_b)
);
create unique index conflict_pair_uk on conflict_pair (organization_id, person_a, person_b) where retired_at is null;

create table sampling_rule (
    id                      uuid primary key,
    organization_id         uuid           not null references organization (id),
    name                    varchar(200)   not null,
    site_ids                uuid[]         not null default '{}',
    modalities              varchar(16)[]  not null default '{}',
    body_parts              varchar(64)[]  not null default '{}',
    radiologist_ids         uuid[]         not null default '{}',
    radiologist_pool_id     uuid references reviewer_pool (id),
    mode                    varchar(10)    not null check (mode in ('RATE', 'EVERY_NTH')),
    rate_percent            numeric(6, 3)  check (rate_percent > 0 and rate_percent <= 100),
    every_nth               integer        check (every_nth >= 1),
    campaign_first_n        integer        check (campaign_first_n >= 1),
    campaign_radiologist_id uuid,
    campaign_new_since      date,
    valid_from              date,
    valid_to                date,
    active                  boolean        not null default true,
    reviewer_pool_id        uuid references reviewer_pool (id),
    reviewer_quota_per_month integer       check (reviewer_quota_per_month >= 1),
    position                integer        not null,
    created_at              timestamptz    not null default now(),
    created_by              uuid,
    updated_at              timestamptz    not null default now(),
    updated_by              uuid,
    retired_at              timestamptz,
    retired_by              uuid,
    retired_reason          varchar(500),
    check ((mode = 'RATE' and rate_percent is not null) or (mode = 'EVERY_NTH' and every_nth is not null)),
    check (valid_from is null or valid_to is null or valid_from <= valid_to)
);
create index sampling_rule_organization_ix on sampling_rule (organization_id);

-- The discrepancy taxonomy every organization starts with (editable afterwards); organizations
-- created later get the same list from the application.
insert into discrepancy_category (id, organization_id, code, label_en, label_fr, category_group, position)
select gen_random_uuid(), o.id, c.code, c.label_en, c.label_fr, c.category_group, c.position
from organization o
cross join (values
    ('perceptual', 'Perceptual (finding not seen)', 'Perceptuelle (anomalie non vue)', 'PERCEPTUAL', 1),
    ('satisfaction-of-search', 'Satisfaction of search', 'Satisfaction de la recherche', 'PERCEPTUAL', 2),
    ('under-reading', 'Under-reading', 'Sous-lecture', 'PERCEPTUAL', 3),
    ('location', 'Location (outside the area of interest)', 'Localisation (hors de la zone d''intérêt)', 'PERCEPTUAL', 4),
    ('interpretive', 'Interpretive (finding misjudged)', 'Interprétative (anomalie mal jugée)', 'INTERPRETIVE', 5),
    ('faulty-reasoning', 'Faulty reasoning', 'Raisonnement erroné', 'INTERPRETIVE', 6),
    ('lack-of-knowledge', 'Lack of knowledge', 'Manque de connaissances', 'INTERPRETIVE', 7),
    ('prior-examination', 'Prior examination not compared', 'Examen antérieur non comparé', 'INTERPRETIVE', 8),
    ('history', 'Clinical history', 'Renseignements cliniques', 'INTERPRETIVE', 9),
    ('complacency', 'Complacency', 'Complaisance', 'INTERPRETIVE', 10),
    ('communication', 'Communication', 'Communication', 'OTHER', 11),
    ('technique-protocol', 'Technique or protocol', 'Technique ou protocole', 'OTHER', 12)
) as c (code, label_en, label_fr, category_group, position);
