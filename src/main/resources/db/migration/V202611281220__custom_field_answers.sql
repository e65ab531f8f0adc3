-- What was answered to an organization's custom fields: by the submitter of a case (subject: the
-- case) or by a reviewer (subject: the review assignment). One row per value, so a multiple choice
-- answer keeps each chosen option; answers are written once, with the case or the review.
create table custom_field_answer (
    organization_id  uuid          not null references organization (id),
    subject_kind     varchar(8)    not null check (subject_kind in ('CASE', 'REVIEW')),
    subject_id       uuid          not null,
    field_code       varchar(40)   not null,
    position         integer       not null,
    value            varchar(4000) not null,
    created_at       timestamptz   not null default now(),
    created_by       uuid,
    primary key (subject_kind, subject_id, field_code, position)
);
create index custom_field_answer_organization_ix on custom_field_answer (organization_id, subject_kind, subject_id);
