-- A reviewer asked to review one case, by a due date. Withdrawn, never deleted.
create table review_assignment (
    id               uuid primary key,
    organization_id  uuid         not null references organization (id),
    case_id          uuid         not null references learning_case (id),
    reviewer_id      uuid         not null references person (id),
    due_on           date         not null,
    status           varchar(12)  not null check (status in ('OPEN', 'COMPLETED', 'WITHDRAWN')),
    assigned_by      uuid         references person (id),
    reminded_at      timestamptz,
    created_at       timestamptz  not null default now(),
    created_by       uuid,
    updated_at       timestamptz  not null default now(),
    updated_by       uuid,
    retired_at       timestamptz,
    retired_by       uuid,
    retired_reason   varchar(500)
);
create unique index review_assignment_open_uk on review_assignment (case_id, reviewer_id) where status = 'OPEN';
create index review_assignment_reviewer_ix on review_assignment (organization_id, reviewer_id, status, due_on);
create index review_assignment_case_ix on review_assignment (organization_id, case_id);

-- A reviewer's blinded assessment of a case.
create table review (
    id                uuid primary key,
    organization_id   uuid          not null references organization (id),
    assignment_id     uuid          not null references review_assignment (id),
    case_id           uuid          not null references learning_case (id),
    reviewer_id       uuid          not null references person (id),
    score             varchar(8)    not null,
    significance      varchar(20)   not null,
    categories        varchar(1000) not null default '',
    learning_point    varchar(2000),
    recommendation    varchar(30)   not null,
    custom_fields     varchar(4000) not null default '',
    created_at        timestamptz   not null default now(),
    created_by        uuid,
    updated_at        timestamptz   not null default now(),
    updated_by        uuid,
    retired_at        timestamptz,
    retired_by        uuid,
    retired_reason    varchar(500)
);
create unique index review_assignment_uk on review (assignment_id) where retired_at is null;
create index review_case_ix on review (organization_id, case_id);

-- The committee's consensus on an adjudicated case, and what a safety escalation did.
create table committee_decision (
    id                 uuid primary key,
    organization_id    uuid          not null references organization (id),
    case_id            uuid          not null references learning_case (id),
    score              varchar(8)    not null,
    outcome            varchar(30)   not null,
    learning_point     varchar(2000),
    safety_actions     varchar(200)  not null default '',
    created_at         timestamptz   not null default now(),
    created_by         uuid          references person (id),
    updated_at         timestamptz   not null default now(),
    updated_by         uuid,
    retired_at         timestamptz,
    retired_by         uuid,
    retired_reason     varchar(500)
);
create index committee_decision_case_ix on committee_decision (organization_id, case_id);
