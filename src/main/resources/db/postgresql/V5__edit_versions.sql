-- Optimistic-locking versions for every editable record (issue 11, item 2): rows that exist start at 0.
-- Envers records the version too (quarkus.hibernate-envers.do-not-audit-optimistic-locking-field=false), so that
-- a stale edit can be told what changed since the version it was made against; older history rows have none.
alter table certification_authority add column version bigint default 0 not null;
alter table ownership_event add column version bigint default 0 not null;
alter table issue add column version bigint default 0 not null;
alter table ca_statement add column version bigint default 0 not null;
alter table issue_reference add column version bigint default 0 not null;
alter table issue_credit add column version bigint default 0 not null;
alter table issue_comment add column version bigint default 0 not null;
alter table evidence_link add column version bigint default 0 not null;
alter table audit_statement add column version bigint default 0 not null;
alter table audited_issue add column version bigint default 0 not null;
alter table cross_sign add column version bigint default 0 not null;

alter table certification_authority_AUD add column version bigint;
alter table ownership_event_AUD add column version bigint;
alter table issue_AUD add column version bigint;
alter table ca_statement_AUD add column version bigint;
alter table issue_reference_AUD add column version bigint;
alter table issue_credit_AUD add column version bigint;
alter table issue_comment_AUD add column version bigint;
alter table evidence_link_AUD add column version bigint;
alter table audit_statement_AUD add column version bigint;
alter table audited_issue_AUD add column version bigint;
alter table cross_sign_AUD add column version bigint;
