-- Personal API tokens. Only the SHA-256 hash of a token is kept; the token itself is shown once,
-- at creation. Never deleted: revoked with who and when, so the audit trail can name them.
create table api_token (
    id            uuid primary key,
    person_id     uuid         not null references person (id),
    name          varchar(100) not null,
    token_prefix  varchar(8)   not null,
    token_hash    char(64)     not null,
    created_at    timestamptz  not null default now(),
    created_by    uuid,
    last_used_at  timestamptz,
    expires_at    timestamptz,
    revoked_at    timestamptz,
    revoked_by    uuid
);
create unique index api_token_hash_uk on api_token (token_hash);
create index api_token_person_ix on api_token (person_id);
-- A person names their live tokens distinctly, so a list and an audit entry are unambiguous.
create unique index api_token_name_uk on api_token (person_id, lower(name)) where revoked_at is null;
