-- Learning cases: one exam brought to the program from one source (a submission, a sample, an
-- external signal). The reading radiologist (author) is copied from the exam when the case opens,
-- so later changes to the feed do not change who a case is about. Never hard-deleted.
create table learning_case (
    id                uuid primary key,
    organization_id   uuid          not null references organization (id),
    exam_id           uuid          not null references exam (id),
    source            varchar(40)   not null,
    state             varchar(30)   not null,
    author_id         uuid          references person (id),
    submitter_id      uuid          references person (id),
    submitter_named   boolean       not null default false,
    note              varchar(2000),
    categories        varchar(1000) not null default '',
    sample_rule       varchar(200),
    merged_into       uuid          references learning_case (id),
    out_of_program    boolean       not null default false,
    version           integer       not null default 0,
    created_at        timestamptz   not null default now(),
    created_by        uuid,
    updated_at        timestamptz   not null default now(),
    updated_by        uuid,
    retired_at        timestamptz,
    retired_by        uuid,
    retired_reason    varchar(500)
);
create index learning_case_state_ix on learning_case (organization_id, state, created_at desc);
create index learning_case_submitter_ix on learning_case (organization_id, submitter_id, created_at desc);
create index learning_case_exam_ix on learning_case (organization_id, exam_id);

-- The timeline: every step of a case, who took it (kept even when names are hidden on screen) and why.
create table case_event (
    id               uuid primary key,
    organization_id  uuid         not null references organization (id),
    case_id          uuid         not null references learning_case (id),
    action           varchar(40)  not null,
    from_state       varchar(30),
    to_state         varchar(30),
    actor_id         uuid         references person (id),
    note             varchar(2000),
    created_at       timestamptz  not null default now()
);
create index case_event_case_ix on case_event (organization_id, case_id, created_at);

create table case_comment (
    id               uuid primary key,
    organization_id  uuid          not null references organization (id),
    case_id          uuid          not null references learning_case (id),
    body             varchar(4000) not null,
    created_at       timestamptz   not null default now(),
    created_by       uuid          references person (id),
    updated_at       timestamptz   not null default now(),
    updated_by       uuid,
    retired_at       timestamptz,
    retired_by       uuid,
    retired_reason   varchar(500)
);
create index case_comment_case_ix on case_comment (organization_id, case_id, created_at);
