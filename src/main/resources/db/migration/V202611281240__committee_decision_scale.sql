-- The committee's consensus is scored on the same scale as the reviews: the one in force.
alter table committee_decision alter column score type varchar(40);
alter table committee_decision add column scale_code varchar(40) not null default 'RADPEER-2016';
