-- Bulk corpus imports (issue 15): one row per uploaded corpus, worked as a background job. The upload is spooled to a
-- file first; 'consumed' counts the items (certificates and rejected items alike) whose outcome is committed, and moves
-- in the transaction that stores them, so a job resumed after a restart starts at the first item not yet committed.
-- No foreign key to the CA: a job's row outlives a deleted CA and then fails with that reason.
create sequence import_job_SEQ start with 1 increment by 50;
create table import_job (id bigint not null, ca_id bigint not null, caSlug varchar(64) not null, state varchar(16) not null,
  format varchar(32) not null, spoolFile varchar(1024) not null, spoolHost varchar(255), bytes bigint not null,
  total bigint not null, consumed bigint not null, stored bigint not null, alreadyOnFile bigint not null, rejected bigint not null,
  startedBy varchar(128), startedAt timestamp(6) with time zone not null, workedFrom timestamp(6) with time zone,
  workedFromItem bigint not null, finishedAt timestamp(6) with time zone, resumptions integer not null, failure varchar(1024),
  primary key (id));
create index ix_import_job_state on import_job (state);
-- The first rejected items of a job with their reasons (the count of all is import_job.rejected).
create table import_job_rejection (job_id bigint not null, item bigint not null, reason varchar(1024) not null,
  primary key (job_id, item));
alter table import_job_rejection add constraint fk_import_job_rejection_job foreign key (job_id) references import_job;
