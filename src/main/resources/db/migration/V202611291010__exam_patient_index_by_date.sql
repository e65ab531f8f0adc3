-- A patient's earlier exams are read newest first with a limit (the priors shown with a case).
-- With only (organization, MRN) indexed, PostgreSQL may instead walk the organization's exams by
-- date until it has found enough, which reads every exam of the organization when the patient
-- has none: the date in the index lets the patient's exams come out already in order.
drop index if exists exam_patient_mrn_ix;
create index exam_patient_mrn_ix on exam (organization_id, patient_mrn, exam_at desc) where patient_mrn is not null;
