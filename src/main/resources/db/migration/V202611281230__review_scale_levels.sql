-- A review is scored on the scale the organization had in force when it was written: RADPEER 2016
-- or a scale of its own, whose level codes may be longer than RADPEER's.
alter table review alter column score type varchar(40);
alter table review add column scale_code varchar(40) not null default 'RADPEER-2016';
