-- Private feedback: one thread per piece of feedback, between the person it is for (the recipient,
-- usually the author of a reviewed report) and the person who gave it. Each side is anonymous to
-- the other unless it chose to be named; the thread is for their eyes only (the lead sees its state).
create table feedback_thread (
    id                         uuid         primary key,
    organization_id            uuid         not null references organization (id),
    case_id                    uuid,
    exam_id                    uuid,
    kind                       text         not null,
    recipient_id               uuid         not null references person (id),
    giver_id                   uuid         references person (id),
    giver_role                 text         not null,
    giver_named                boolean      not null default false,
    recipient_known_to_giver   boolean      not null default false,
    score                      text,
    learning_point             text,
    message                    text,
    state                      text         not null default 'SENT',
    submitted_at               timestamptz  not null,
    sent_at                    timestamptz  not null default now(),
    acknowledged_at            timestamptz,
    conversation_requested_at  timestamptz,
    last_reminded_at           timestamptz,
    reminders                  integer      not null default 0,
    created_by                 uuid,
    retired_at                 timestamptz,
    retired_by                 uuid,
    retired_reason             text,
    constraint feedback_state check (state in ('SENT', 'ACKNOWLEDGED'))
);

-- One thread per case: a case's feedback is sent once, whatever event announces it twice.
create unique index feedback_thread_case on feedback_thread (organization_id, case_id) where case_id is not null;
create index feedback_thread_recipient on feedback_thread (organization_id, recipient_id, sent_at desc);
create index feedback_thread_giver on feedback_thread (organization_id, giver_id, sent_at desc);
create index feedback_thread_unacknowledged on feedback_thread (sent_at) where state = 'SENT';

create table feedback_message (
    id               uuid         primary key,
    thread_id        uuid         not null references feedback_thread (id),
    organization_id  uuid         not null references organization (id),
    from_side        text         not null,
    author_id        uuid         not null references person (id),
    named            boolean      not null default false,
    body             text         not null,
    created_at       timestamptz  not null default now(),
    constraint feedback_message_side check (from_side in ('RECIPIENT', 'GIVER'))
);

create index feedback_message_thread on feedback_message (thread_id, created_at);
