-- Issue 14, items 4 and 5: what a CA claims about an issue (beside the evidence on file) and which CA statements
-- are commitments. Both live beside the issue and the statement, in tables of their own, with their history.
-- A claim goes with its issue and a commitment with its statement (deleting either deletes them in the database).
create sequence issue_claim_SEQ start with 1 increment by 50;
create table issue_claim (id bigint not null, version bigint default 0 not null, issue_id bigint not null,
    affectedCount integer, periodStart varchar(10), periodEnd varchar(10), firstAffected varchar(10),
    lastAffected varchar(10), source varchar(2048), contested varchar(65535), definingFindings varchar(4096),
    primary key (id));
alter table issue_claim add constraint uk_issue_claim_issue unique (issue_id);
alter table issue_claim add constraint fk_issue_claim_issue foreign key (issue_id) references issue on delete cascade;
create table issue_claim_AUD (REV integer not null, REVTYPE smallint, id bigint not null, version bigint, issue_id bigint,
    affectedCount integer, periodStart varchar(10), periodEnd varchar(10), firstAffected varchar(10),
    lastAffected varchar(10), source varchar(2048), contested varchar(65535), definingFindings varchar(4096),
    primary key (REV, id));
alter table issue_claim_AUD add constraint fk_issue_claim_aud_rev foreign key (REV) references REVINFO;

create sequence statement_commitment_SEQ start with 1 increment by 50;
create table statement_commitment (id bigint not null, version bigint default 0 not null, statement_id bigint not null,
    kind varchar(16) not null, due date, status varchar(16) not null, evidence varchar(4096), primary key (id));
alter table statement_commitment add constraint uk_statement_commitment_statement unique (statement_id);
alter table statement_commitment add constraint fk_statement_commitment_statement foreign key (statement_id) references ca_statement on delete cascade;
create table statement_commitment_AUD (REV integer not null, REVTYPE smallint, id bigint not null, version bigint,
    statement_id bigint, kind varchar(16), due date, status varchar(16), evidence varchar(4096), primary key (REV, id));
alter table statement_commitment_AUD add constraint fk_statement_commitment_aud_rev foreign key (REV) references REVINFO;
