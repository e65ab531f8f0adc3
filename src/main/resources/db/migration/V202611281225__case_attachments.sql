-- Key images attached to a learning case. Only what survived de-identification is stored: DICOM
-- files after the PS3.15 profile of the organization, screenshots re-encoded as PNG without
-- their metadata. No original file name is kept (names of files often carry the patient's).
create table case_attachment (
    id                uuid primary key,
    organization_id   uuid          not null references organization (id),
    case_id           uuid          not null references learning_case (id),
    number            integer       not null,
    kind              varchar(8)    not null check (kind in ('DICOM', 'IMAGE')),
    content           bytea         not null,
    size_bytes        bigint        not null,
    preview           bytea,
    burned_in_check   boolean       not null default false,
    modality          varchar(16),
    created_at        timestamptz   not null default now(),
    created_by        uuid,
    retired_at        timestamptz,
    retired_by        uuid,
    retired_reason    varchar(500),
    unique (case_id, number)
);
create index case_attachment_case_ix on case_attachment (organization_id, case_id);
