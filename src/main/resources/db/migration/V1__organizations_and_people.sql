-- Organizations (hospitals, imaging groups) and their sites. Never hard-deleted: retired with who, when, why.
create table organization (
    id              uuid primary key,
    name            varchar(200) not null,
    kind            varchar(30)  not null check (kind in ('HOSPITAL', 'IMAGING_GROUP')),
    created_at      timestamptz  not null default now(),
    created_by      uuid,
    updated_at      timestamptz  not null default now(),
    updated_by      uuid,
    retired_at      timestamptz,
    retired_by      uuid,
    retired_reason  varchar(500)
);
create unique index organization_name_uk on organization (lower(name));

create table site (
    id              uuid primary key,
    organization_id uuid         not null references organization (id),
    name            varchar(200) not null,
    code            varchar(40),
    created_at      timestamptz  not null default now(),
    created_by      uuid,
    updated_at      timestamptz  not null default now(),
    updated_by      uuid,
    retired_at      timestamptz,
    retired_by      uuid,
    retired_reason  varchar(500)
);
create unique index site_name_uk on site (organization_id, lower(name));
create index site_organization_ix on site (organization_id);

-- One row of program settings per organization; later features add columns.
create table program_settings (
    organization_id               uuid primary key references organization (id),
    submission_target_per_month   integer     not null default 1 check (submission_target_per_month >= 0),
    updated_at                    timestamptz not null default now(),
    updated_by                    uuid
);

-- People: one account per person across organizations.
create table person (
    id                    uuid primary key,
    email                 varchar(320) not null,
    given_name            varchar(100) not null,
    family_name           varchar(100) not null,
    cpso_number           varchar(20),
    subspecialties        varchar(400) not null default '',
    language              varchar(5)   not null default 'en' check (language in ('en', 'fr')),
    password_hash         varchar(200),
    must_change_password  boolean      not null default false,
    failed_sign_ins       integer      not null default 0,
    locked_until          timestamptz,
    platform_admin        boolean      not null default false,
    created_at            timestamptz  not null default now(),
    created_by            uuid,
    updated_at            timestamptz  not null default now(),
    updated_by            uuid,
    retired_at            timestamptz,
    retired_by            uuid,
    retired_reason        varchar(500)
);
create unique index person_email_uk on person (lower(email));
create unique index person_cpso_uk on person (cpso_number) where cpso_number is not null;

-- A person's roles in one organization.
create table membership (
    id               uuid primary key,
    organization_id  uuid         not null references organization (id),
    person_id        uuid         not null references person (id),
    roles            varchar(200) not null,
    created_at       timestamptz  not null default now(),
    created_by       uuid,
    updated_at       timestamptz  not null default now(),
    updated_by       uuid,
    retired_at       timestamptz,
    retired_by       uuid,
    retired_reason   varchar(500)
);
create unique index membership_active_uk on membership (organization_id, person_id) where retired_at is null;
create index membership_person_ix on membership (person_id);

-- Spring Session (sessions live in the database so instances can be added behind a balancer).
create table spring_session (
    primary_id            char(36) not null,
    session_id            char(36) not null,
    creation_time         bigint   not null,
    last_access_time      bigint   not null,
    max_inactive_interval int      not null,
    expiry_time           bigint   not null,
    principal_name        varchar(320),
    constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36)     not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id) references spring_session (primary_id) on delete cascade
);
