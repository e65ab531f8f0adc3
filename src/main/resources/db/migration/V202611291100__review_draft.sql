-- What a reviewer typed in a blinded review and has not submitted yet, so that leaving the page,
-- a lost connection or an expired session loses nothing. One draft per assignment, read and
-- written by its reviewer only, removed when the review is submitted. The fields are kept as the
-- form sent them (URL-encoded), custom fields included.
create table review_draft (
    assignment_id    uuid         primary key references review_assignment (id) on delete cascade,
    organization_id  uuid         not null references organization (id),
    reviewer_id      uuid         not null references person (id),
    fields           text         not null,
    saved_at         timestamptz  not null default now()
);
