-- In-app notices and the e-mail that announces each of them. A notice holds only a message key and
-- a link inside the platform (ids, never names or patient data), so neither the page nor the e-mail
-- can leak what the linked page protects.
create table notice (
    id               uuid         primary key,
    organization_id  uuid         references organization (id),
    recipient_id     uuid         not null references person (id),
    kind             text         not null,
    link             text         not null,
    created_at       timestamptz  not null default now(),
    read_at          timestamptz,
    emailed_at       timestamptz,
    email_outcome    text
);

create index notice_recipient_unread on notice (recipient_id, created_at desc) where read_at is null;
create index notice_recipient on notice (recipient_id, created_at desc);
