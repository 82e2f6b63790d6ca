-- The H2 and PostgreSQL copies differ only in the Envers REVTYPE column type (tinyint, smallint).
-- Revocation as evidence (issue 16): CRLs and OCSP responses on file, decoded, with their entries, and the revocation
-- clock a manager sets per issue. The DER is not kept (a CRL of a million entries is about 40 MB); what pages and
-- statuses read is kept as columns, and the findings as rows, computed once at upload.
create sequence stored_crl_SEQ start with 1 increment by 50;
create table stored_crl (id bigint not null, sha256 varchar(64) not null, issuer varchar(4096) not null,
    issuerNameHash varchar(64) not null, issuerSpkiSha256 varchar(64) not null, issuerKeyId varchar(128),
    issuerCertificate_id bigint not null, crlNumber varchar(128), crlVersion integer not null,
    thisUpdate timestamp(6) with time zone not null, nextUpdate timestamp(6) with time zone,
    indirectCrl boolean not null, entryCount integer not null, byteSize integer not null,
    signatureAlgorithm varchar(128) not null, storedAt timestamp(6) with time zone not null, storedBy varchar(128),
    primary key (id), constraint uk_stored_crl_sha256 unique (sha256));
create index ix_stored_crl_issuer on stored_crl (issuerNameHash, issuerSpkiSha256);
alter table stored_crl add constraint fk_stored_crl_issuer foreign key (issuerCertificate_id) references certificate;
create table stored_crl_finding (position integer not null, crl_id bigint not null, severity varchar(16) not null,
    code varchar(128) not null, citation varchar(1024), message varchar(4096), primary key (position, crl_id));
alter table stored_crl_finding add constraint fk_stored_crl_finding foreign key (crl_id) references stored_crl;
-- One row per revokedCertificates entry, written in JDBC batches (no entity: a million objects cost more than the rows).
create table crl_entry (crl_id bigint not null, serialHex varchar(512) not null,
    revokedAt timestamp(6) with time zone not null, reasonCode integer);
create index ix_crl_entry_serial on crl_entry (serialHex, crl_id);
create index ix_crl_entry_crl on crl_entry (crl_id);
alter table crl_entry add constraint fk_crl_entry_crl foreign key (crl_id) references stored_crl;

create sequence stored_ocsp_response_SEQ start with 1 increment by 50;
create table stored_ocsp_response (id bigint not null, sha256 varchar(64) not null, responseStatus integer not null,
    responderId varchar(1024), producedAt timestamp(6) with time zone, signatureAlgorithm varchar(128),
    issuerCertificate_id bigint not null, signedByDelegate boolean not null, byteSize integer not null,
    storedAt timestamp(6) with time zone not null, storedBy varchar(128),
    primary key (id), constraint uk_stored_ocsp_response_sha256 unique (sha256));
alter table stored_ocsp_response add constraint fk_stored_ocsp_issuer foreign key (issuerCertificate_id) references certificate;
create table stored_ocsp_response_finding (position integer not null, response_id bigint not null, severity varchar(16) not null,
    code varchar(128) not null, citation varchar(1024), message varchar(4096), primary key (position, response_id));
alter table stored_ocsp_response_finding add constraint fk_stored_ocsp_finding foreign key (response_id) references stored_ocsp_response;
-- One row per SingleResponse about a certificate of the response's issuer (name and key hashes matched).
create table ocsp_entry (response_id bigint not null, serialHex varchar(512) not null, certStatus varchar(16) not null,
    revokedAt timestamp(6) with time zone, reasonCode integer, thisUpdate timestamp(6) with time zone not null,
    nextUpdate timestamp(6) with time zone);
create index ix_ocsp_entry_serial on ocsp_entry (serialHex, response_id);
alter table ocsp_entry add constraint fk_ocsp_entry_response foreign key (response_id) references stored_ocsp_response;

create sequence revocation_clock_SEQ start with 1 increment by 50;
create table revocation_clock (id bigint not null, version bigint not null, issue_id bigint not null,
    learnedAt timestamp(6) with time zone, reason varchar(48), promisedBy timestamp(6) with time zone, note varchar(4096),
    primary key (id), constraint uk_revocation_clock_issue unique (issue_id));
alter table revocation_clock add constraint fk_revocation_clock_issue foreign key (issue_id) references issue;
create table revocation_clock_AUD (REV integer not null, REVTYPE smallint, id bigint not null, version bigint, issue_id bigint,
    learnedAt timestamp(6) with time zone, reason varchar(48), promisedBy timestamp(6) with time zone, note varchar(4096),
    primary key (REV, id));
alter table revocation_clock_AUD add constraint fk_revocation_clock_aud_rev foreign key (REV) references REVINFO;
