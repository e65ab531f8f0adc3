-- The index of a radiologist's exams starts with the radiologist, so that it never looks like a
-- way to find an organization's exams: with the statistics of a small table PostgreSQL took it
-- for look-ups by organization and accession and read every exam of the organization.
drop index if exists exam_radiologist_ix;
create index exam_radiologist_ix on exam (reading_radiologist_id, organization_id);
