-- Exams received from the hospitals' feeds, with their reports. One row per accession number of
-- an organization; preliminary, final and corrected reports of that accession update the same row
-- and the texts they replace are kept in exam_report_version (an addendum is a learning signal).
create table exam (
    id                      uuid primary key,
    organization_id         uuid         not null references organization (id),
    site_id                 uuid         references site (id),
    accession_number        varchar(64)  not null,
    patient_mrn             varchar(64),
    health_card_number      varchar(20),
    patient_family_name     varchar(100),
    patient_given_name      varchar(100),
    birth_date              date,
    sex                     varchar(1),
    modality                varchar(16),
    body_part               varchar(64),
    procedure_code          varchar(64),
    procedure_description   varchar(250),
    ordered_at              timestamptz,
    exam_at                 timestamptz,
    reported_at             timestamptz,
    result_status           varchar(12)  not null check (result_status in ('PENDING', 'PRELIMINARY', 'FINAL', 'CORRECTED')),
    study_instance_uid      varchar(64),
    ordering_physician      varchar(250),
    reading_radiologist_id  uuid         references person (id),
    radiologist_raw_id      varchar(64),
    radiologist_raw_name    varchar(250),
    report_text             text,
    created_at              timestamptz  not null default now(),
    created_by              uuid,
    updated_at              timestamptz  not null default now(),
    updated_by              uuid,
    retired_at              timestamptz,
    retired_by              uuid,
    retired_reason          varchar(500)
);
create unique index exam_accession_uk on exam (organization_id, accession_number);
create index exam_organization_exam_at_ix on exam (organization_id, exam_at desc);
create index exam_radiologist_ix on exam (organization_id, reading_radiologist_id);

-- The report texts and statuses an exam had before a later message replaced them.
create table exam_report_version (
    id                      uuid primary key,
    organization_id         uuid         not null references organization (id),
    exam_id                 uuid         not null references exam (id),
    version                 integer      not null,
    result_status           varchar(12)  not null,
    report_text             text,
    reading_radiologist_id  uuid,
    radiologist_raw_id      varchar(64),
    reported_at             timestamptz,
    hl7_message_id          uuid,
    created_at              timestamptz  not null default now()
);
create unique index exam_report_version_uk on exam_report_version (exam_id, version);

-- Every message received over MLLP, kept as received (raw bytes) for inspection and replay.
-- Idempotence: one accepted message per sender and control id (MSH-4, MSH-10).
create table hl7_message (
    id                    uuid primary key,
    organization_id       uuid          references organization (id),
    site_id               uuid          references site (id),
    received_at           timestamptz   not null default now(),
    control_id            varchar(199),
    sending_application   varchar(227),
    sending_facility      varchar(227),
    receiving_application varchar(227),
    receiving_facility    varchar(227),
    message_type          varchar(20),
    version               varchar(10),
    raw                   bytea         not null,
    charset               varchar(20),
    status                varchar(10)   not null check (status in ('ACCEPTED', 'REJECTED', 'DUPLICATE', 'REPLAYED')),
    error_code            varchar(40),
    error_text            varchar(1000),
    exam_id               uuid          references exam (id),
    replay_of             uuid          references hl7_message (id),
    replayed_at           timestamptz,
    replayed_by           uuid
);
create unique index hl7_message_control_uk on hl7_message (sending_facility, control_id)
    where status = 'ACCEPTED' and control_id is not null;
create index hl7_message_organization_ix on hl7_message (organization_id, received_at desc);
create index hl7_message_rejected_ix on hl7_message (received_at desc) where status = 'REJECTED';

-- Maps a sender (MSH-4 sending facility, optionally MSH-6 receiving facility) to an organization
-- and, optionally, one of its sites.
create table facility_route (
    id                  uuid primary key,
    organization_id     uuid         not null references organization (id),
    site_id             uuid         references site (id),
    sending_facility    varchar(227) not null,
    receiving_facility  varchar(227),
    created_at          timestamptz  not null default now(),
    created_by          uuid,
    updated_at          timestamptz  not null default now(),
    updated_by          uuid,
    retired_at          timestamptz,
    retired_by          uuid,
    retired_reason      varchar(500)
);
create unique index facility_route_uk on facility_route (lower(sending_facility), lower(coalesce(receiving_facility, '')))
    where retired_at is null;

-- Radiologist identifiers of a feed that are not CPSO numbers, mapped by an administrator.
create table radiologist_identifier_map (
    id                  uuid primary key,
    organization_id     uuid         not null references organization (id),
    raw_identifier      varchar(64)  not null,
    person_id           uuid         not null references person (id),
    created_at          timestamptz  not null default now(),
    created_by          uuid,
    updated_at          timestamptz  not null default now(),
    updated_by          uuid,
    retired_at          timestamptz,
    retired_by          uuid,
    retired_reason      varchar(500)
);
create unique index radiologist_identifier_map_uk on radiologist_identifier_map (organization_id, raw_identifier)
    where retired_at is null;

-- Reading radiologists the feed named but nobody could be matched to, for an administrator to map.
create table unmapped_radiologist (
    organization_id     uuid         not null references organization (id),
    raw_identifier      varchar(64)  not null,
    raw_name            varchar(250),
    message_count       bigint       not null default 0,
    first_seen_at       timestamptz  not null default now(),
    last_seen_at        timestamptz  not null default now(),
    resolved_at         timestamptz,
    resolved_by         uuid,
    primary key (organization_id, raw_identifier)
);
