-- Search (issue 15): every name a stored certificate can be found by, one row per name, derived from the certificate's
-- columns (org.casebook.search.CertificateNames) when it is stored; a start-up job fills it for earlier certificates.
-- kind: SERIAL (hex, upper case, leading zeros dropped), DNS (lower case; reversed labels in "reversed" for the
-- subdomain search), IP, SUBJECT and ISSUER (one lower-case word of the distinguished name per row).
-- No primary key: the rows are derived data, looked up only through the indexes below.
create table certificate_name (certificate_id bigint not null, kind varchar(16) not null, name varchar(1000) not null,
    reversed varchar(1000));
alter table certificate_name add constraint fk_certificate_name_certificate foreign key (certificate_id) references certificate (id);
create index ix_certificate_name_lookup on certificate_name (kind, name, certificate_id);
create index ix_certificate_name_reversed on certificate_name (reversed, certificate_id);
create index ix_certificate_name_certificate on certificate_name (certificate_id, kind, name);
