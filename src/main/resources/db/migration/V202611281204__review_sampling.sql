-- Sampling of reported exams for peer review. One decision per exam of an organization (a
-- corrected report publishes the exam again and must not be sampled twice), counters that make
-- "every n-th" and campaigns survive restarts, and each organization's secret seed.
create table sampling_seed (
    organization_id  uuid primary key references organization (id),
    seed             bytea        not null,
    created_at       timestamptz  not null default now()
);

create table sampling_decision (
    id               uuid primary key,
    organization_id  uuid         not null references organization (id),
    exam_id          uuid         not null,
    radiologist_id   uuid,
    modality         varchar(16),
    decided_at       timestamptz  not null,
    rule_id          uuid references sampling_rule (id),
    reviewer_id      uuid,
    status           varchar(20)  not null check (status in ('NOT_SAMPLED', 'AWAITING_CASE', 'UNASSIGNED', 'CASE_OPENED')),
    created_at       timestamptz  not null default now(),
    updated_at       timestamptz  not null default now()
);
create unique index sampling_decision_exam_uk on sampling_decision (organization_id, exam_id);
create index sampling_decision_reviewer_ix on sampling_decision (organization_id, reviewer_id, decided_at) where reviewer_id is not null;

-- Exams in each rule's scope, all time (for every n-th).
create table sampling_rule_count (
    organization_id  uuid    not null references organization (id),
    rule_id          uuid    not null references sampling_rule (id),
    in_scope         bigint  not null,
    primary key (organization_id, rule_id)
);

-- Per rule and month: exams in scope, exams the rule picked, exams it owns (realised rate).
create table sampling_rule_month (
    organization_id  uuid    not null references organization (id),
    rule_id          uuid    not null references sampling_rule (id),
    month            date    not null,
    seen             bigint  not null default 0,
    selected         bigint  not null default 0,
    sampled          bigint  not null default 0,
    primary key (organization_id, rule_id, month)
);

-- Per campaign and radiologist: how many of their exams the campaign has counted.
create table sampling_campaign_count (
    organization_id  uuid    not null references organization (id),
    rule_id          uuid    not null references sampling_rule (id),
    radiologist_id   uuid    not null,
    exams            bigint  not null,
    primary key (organization_id, rule_id, radiologist_id)
);

-- The first exam date of each radiologist sampling has seen ("new since" campaigns).
create table sampling_radiologist (
    organization_id  uuid    not null references organization (id),
    radiologist_id   uuid    not null,
    first_exam_on    date    not null,
    primary key (organization_id, radiologist_id)
);
