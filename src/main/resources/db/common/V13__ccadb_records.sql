-- The CCADB's public reports (issue 20): one row per CA certificate record of the "All Certificate Records" report,
-- matched on re-import by its Salesforce record id (or, for the "Mozilla Included Roots" report, its SHA-256).
create sequence ccadb_certificate_SEQ start with 1 increment by 50;
create table ccadb_certificate (id bigint not null, version bigint not null, ca_id bigint not null, certificate_id bigint,
  recordId varchar(64), name varchar(1024) not null, recordType varchar(64), sha256 varchar(64) not null,
  parentRecordId varchar(64), parentName varchar(1024), parentSha256 varchar(64), parentMissing boolean not null,
  subordinateOwner varchar(512), appleStatus varchar(128), chromeStatus varchar(128), microsoftStatus varchar(128),
  mozillaStatus varchar(128), rootStatus varchar(128), revocationStatus varchar(128), validFrom date, validTo date,
  authorityKeyId varchar(128), subjectKeyId varchar(128), technicallyConstrained boolean, trustBits varchar(512),
  crlUrl varchar(2048), partitionedCrls varchar(65535), cpUrl varchar(2048), cpsUrl varchar(2048), cpCpsUrl varchar(2048),
  distrustTlsAfter date, distrustSmimeAfter date, primary key (id));
create unique index ux_ccadb_certificate_record on ccadb_certificate (recordId);
create index ix_ccadb_certificate_ca on ccadb_certificate (ca_id);
create index ix_ccadb_certificate_sha256 on ccadb_certificate (sha256);
create index ix_ccadb_certificate_subject_key on ccadb_certificate (subjectKeyId);
alter table ccadb_certificate add constraint fk_ccadb_certificate_ca foreign key (ca_id) references certification_authority;
alter table ccadb_certificate add constraint fk_ccadb_certificate_certificate foreign key (certificate_id) references certificate;
create table ccadb_certificate_AUD (REV integer not null, REVTYPE smallint, id bigint not null, version bigint, ca_id bigint,
  certificate_id bigint, recordId varchar(64), name varchar(1024), recordType varchar(64), sha256 varchar(64),
  parentRecordId varchar(64), parentName varchar(1024), parentSha256 varchar(64), parentMissing boolean,
  subordinateOwner varchar(512), appleStatus varchar(128), chromeStatus varchar(128), microsoftStatus varchar(128),
  mozillaStatus varchar(128), rootStatus varchar(128), revocationStatus varchar(128), validFrom date, validTo date,
  authorityKeyId varchar(128), subjectKeyId varchar(128), technicallyConstrained boolean, trustBits varchar(512),
  crlUrl varchar(2048), partitionedCrls varchar(65535), cpUrl varchar(2048), cpsUrl varchar(2048), cpCpsUrl varchar(2048),
  distrustTlsAfter date, distrustSmimeAfter date, primary key (REV, id));
alter table ccadb_certificate_AUD add constraint fk_ccadb_certificate_aud_rev foreign key (REV) references REVINFO;
-- Which audit statements came from the CCADB, under which of its audit kinds (Standard, TLS BR, ...), found again on
-- re-import by the statement's identity: URL, type, auditor, statement date and period.
create sequence ccadb_audit_SEQ start with 1 increment by 50;
create table ccadb_audit (id bigint not null, ca_id bigint not null, auditId bigint not null, auditKey varchar(4096) not null,
  auditType varchar(512), kinds varchar(512) not null, primary key (id));
create index ix_ccadb_audit_ca on ccadb_audit (ca_id);
alter table ccadb_audit add constraint fk_ccadb_audit_ca foreign key (ca_id) references certification_authority;
-- No foreign key to audit_statement: a manager may delete the statement; the next import then files it again.
