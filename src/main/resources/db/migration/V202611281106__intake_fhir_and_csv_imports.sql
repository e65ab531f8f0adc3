-- Reports that came through FHIR or a CSV import, one row per accepted submission, saying what it
-- did to its exam (created, updated, or nothing because it was already applied). The HL7 feed keeps
-- its own log in hl7_message.
create table exam_submission (
    id               uuid primary key,
    organization_id  uuid         not null references organization (id),
    exam_id          uuid         not null references exam (id),
    source           varchar(8)   not null check (source in ('FHIR', 'CSV')),
    effect           varchar(10)  not null check (effect in ('CREATED', 'UPDATED', 'UNCHANGED')),
    import_id        uuid,
    received_at      timestamptz  not null default now(),
    created_by       uuid
);
create index exam_submission_exam_ix on exam_submission (organization_id, exam_id);

-- A CSV file of past exams being (or having been) imported in the background. The file itself is
-- kept only while it is processed; progress is counted in bytes read, and a job whose worker stopped
-- beating (the instance went away) is shown as interrupted.
create table exam_import (
    id               uuid primary key,
    organization_id  uuid          not null references organization (id),
    file_name        varchar(255),
    status           varchar(12)   not null check (status in ('QUEUED', 'RUNNING', 'COMPLETED', 'FAILED', 'INTERRUPTED')),
    total_bytes      bigint        not null default 0,
    processed_bytes  bigint        not null default 0,
    rows_read        bigint        not null default 0,
    rows_created     bigint        not null default 0,
    rows_updated     bigint        not null default 0,
    rows_duplicate   bigint        not null default 0,
    rows_failed      bigint        not null default 0,
    failure          varchar(500),
    started_at       timestamptz,
    finished_at      timestamptz,
    heartbeat_at     timestamptz   not null default now(),
    created_at       timestamptz   not null default now(),
    created_by       uuid,
    updated_at       timestamptz   not null default now(),
    updated_by       uuid
);
create index exam_import_organization_ix on exam_import (organization_id, created_at desc);

-- Rows of an import that could not be applied, with why (no patient data beyond what the row's
-- line number and accession say, so the file can be fixed and sent again).
create table exam_import_error (
    import_id        uuid          not null references exam_import (id),
    organization_id  uuid          not null references organization (id),
    line_number      bigint        not null,
    accession        varchar(64),
    message          varchar(500)  not null,
    primary key (import_id, line_number)
);

-- FHIR searches a patient's reports by MRN or health card number.
create index exam_patient_mrn_ix on exam (organization_id, patient_mrn) where patient_mrn is not null;
create index exam_health_card_ix on exam (organization_id, health_card_number) where health_card_number is not null;
