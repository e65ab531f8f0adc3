-- Reported exams waiting to be sampled. A row is written in the transaction that stores the
-- report (so an acknowledged report is never lost to sampling), and a worker samples the waiting
-- exams of an organization in batches, one transaction per batch, deleting the rows it decided.
-- No foreign keys: rows live a moment, and the checks would be paid by every stored report.
create table sampling_queue (
    seq              bigint generated always as identity primary key,
    organization_id  uuid         not null,
    exam_id          uuid         not null,
    site_id          uuid,
    accession        varchar(64),
    modality         varchar(16),
    body_part        varchar(64),
    radiologist_id   uuid,
    exam_at          timestamptz,
    reported_at      timestamptz,
    queued_at        timestamptz  not null default now(),
    attempts         integer      not null default 0,
    next_attempt_at  timestamptz  not null default now(),
    last_error       varchar(500)
);
-- Read oldest first through the key; the few exams waiting for another try are skipped by a
-- filter (an index on the retry time would cost every queued report one more index entry).

-- Exams reported before this version and not sampled yet were waiting in the event publication
-- registry for the listener this version replaces: they join the queue in their order.
do $$
begin
    if to_regclass('event_publication') is not null then
        insert into sampling_queue (organization_id, exam_id, site_id, accession, modality, body_part, radiologist_id,
                                    exam_at, reported_at, queued_at)
        select (e -> 'organizationId' ->> 'value')::uuid, (e -> 'examId' ->> 'value')::uuid,
               (e -> 'siteId' ->> 'value')::uuid, left(e ->> 'accession', 64), left(e ->> 'modality', 16),
               left(e ->> 'bodyPart', 64), (e -> 'readingRadiologistId' ->> 'value')::uuid,
               (e ->> 'examAt')::timestamptz, (e ->> 'reportedAt')::timestamptz, p.publication_date
        from event_publication p
        cross join lateral (select p.serialized_event::jsonb) as j (e)
        where p.listener_id = 'org.peerlearning.review.sampling.SamplingListener.on(org.peerlearning.intake.ExamReported)'
          and p.completion_date is null
        order by p.publication_date;
        delete from event_publication
        where listener_id = 'org.peerlearning.review.sampling.SamplingListener.on(org.peerlearning.intake.ExamReported)';
    end if;
end
$$;
