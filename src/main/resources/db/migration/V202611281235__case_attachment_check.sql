-- A key image that may carry burned-in text is held back from reviewers until the program lead has
-- looked at it and found nothing that identifies the patient or the reading radiologist.
alter table case_attachment add column checked_at timestamptz;
alter table case_attachment add column checked_by uuid;
