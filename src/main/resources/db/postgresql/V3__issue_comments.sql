-- Reviewers' comments on issues. Audited like the rest of the case file, so that a deleted issue
-- comes back with its discussion when it is restored.
create sequence issue_comment_SEQ start with 1 increment by 50;
create table issue_comment (id bigint not null, issue_id bigint not null, author varchar(64) not null, postedAt timestamp(6) with time zone not null, text varchar(65535) not null, primary key (id));
create table issue_comment_AUD (REV integer not null, REVTYPE smallint, id bigint not null, issue_id bigint, author varchar(64), postedAt timestamp(6) with time zone, text varchar(65535), primary key (REV, id));
create index ix_issue_comment_issue on issue_comment (issue_id);
alter table if exists issue_comment add constraint fk_issue_comment_issue foreign key (issue_id) references issue;
alter table if exists issue_comment_AUD add constraint fk_issue_comment_aud_rev foreign key (REV) references REVINFO;
