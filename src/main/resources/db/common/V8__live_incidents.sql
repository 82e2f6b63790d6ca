-- Live incidents (issue 14): when an issue was reported and how the CA learned of it, the CA's incident reports
-- and the questions put to the CA, each in the revision history like the rest of the case file.
alter table issue add column reportedAt timestamp(6) with time zone;
alter table issue add column discoveredBy varchar(16);
alter table issue add column nextUpdate date;
alter table issue_AUD add column reportedAt timestamp(6) with time zone;
alter table issue_AUD add column discoveredBy varchar(16);
alter table issue_AUD add column nextUpdate date;

create sequence incident_report_SEQ start with 1 increment by 50;
-- Timeline rows, related issues, action items, affected certificates and the checks' warnings are JSON documents:
-- a report is filed whole and read whole.
-- filedAt is null when the record gives no date (the seed's final WoSign report); filedPrecision says whether it is
-- known to the minute or only to the day.
create table incident_report (id bigint not null, version bigint not null, issue_id bigint not null, kind varchar(16) not null,
    filedAt timestamp(6) with time zone, filedPrecision varchar(8), url varchar(2048), summary varchar(65535), impact varchar(65535),
    timeline varchar(1000000), relatedIssues varchar(65535), rootCause varchar(65535), lessonsLearned varchar(65535),
    actionItems varchar(1000000), affected varchar(1000000), warnings varchar(1000000), filedBy varchar(128), primary key (id));
create table incident_report_AUD (REV integer not null, REVTYPE smallint, id bigint not null, version bigint, issue_id bigint,
    kind varchar(16), filedAt timestamp(6) with time zone, filedPrecision varchar(8), url varchar(2048), summary varchar(65535), impact varchar(65535),
    timeline varchar(1000000), relatedIssues varchar(65535), rootCause varchar(65535), lessonsLearned varchar(65535),
    actionItems varchar(1000000), affected varchar(1000000), warnings varchar(1000000), filedBy varchar(128), primary key (REV, id));
alter table incident_report add constraint fk_incident_report_issue foreign key (issue_id) references issue;
alter table incident_report_AUD add constraint fk_incident_report_aud_rev foreign key (REV) references REVINFO;
create index ix_incident_report_issue on incident_report (issue_id, filedAt);

create sequence incident_question_SEQ start with 1 increment by 50;
-- The answer is a CA statement or a report of the same issue, kept by id: deleting that statement reopens nothing.
-- askedAt and due are null only where the record gives no date (the seed); the API always sets both.
create table incident_question (id bigint not null, version bigint not null, issue_id bigint not null, text varchar(65535) not null,
    askedBy varchar(128), askedAt timestamp(6) with time zone, due timestamp(6) with time zone,
    status varchar(16) not null, answeredByStatementId bigint, answeredByReportId bigint, answeredAt timestamp(6) with time zone,
    primary key (id));
create table incident_question_AUD (REV integer not null, REVTYPE smallint, id bigint not null, version bigint, issue_id bigint,
    text varchar(65535), askedBy varchar(128), askedAt timestamp(6) with time zone, due timestamp(6) with time zone,
    status varchar(16), answeredByStatementId bigint, answeredByReportId bigint, answeredAt timestamp(6) with time zone,
    primary key (REV, id));
alter table incident_question add constraint fk_incident_question_issue foreign key (issue_id) references issue;
alter table incident_question_AUD add constraint fk_incident_question_aud_rev foreign key (REV) references REVINFO;
create index ix_incident_question_status on incident_question (status, due);
