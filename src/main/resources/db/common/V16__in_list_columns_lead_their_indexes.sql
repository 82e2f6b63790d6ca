-- The corpus checks ask, for a batch of arriving certificates, about many serials (or notAfters) of one issuer name at
-- once: "issuerNameHash = ? and serialHex in (...)". H2 seeks an index with an IN list only on the index's first
-- column; on (issuerNameHash, serialHex) it read every certificate of the issuer for each batch, so a bulk import
-- slowed as the corpus grew (a third of the corpus per batch and query with three issuers). With the IN column first,
-- each value is one seek, on H2 and PostgreSQL alike. Queries on the issuer name alone use
-- ix_certificate_issuer_serialbits, which still leads with it.
drop index ix_certificate_issuer_serial;
create index ix_certificate_serial_issuer on certificate (serialHex, issuerNameHash);
drop index ix_certificate_issuer_notafter;
create index ix_certificate_notafter_issuer on certificate (notAfter, issuerNameHash);

-- The statistics tables are read the same way: their primary keys now lead with notAfter (rebuilt, as the two
-- databases name a primary key constraint differently).
create table corpus_notafter_day_v16 (issuerNameHash varchar(64) not null, notAfter timestamp(6) with time zone not null,
    notBeforeDay date not null, primary key (notAfter, issuerNameHash, notBeforeDay));
insert into corpus_notafter_day_v16 (issuerNameHash, notAfter, notBeforeDay)
    select issuerNameHash, notAfter, notBeforeDay from corpus_notafter_day;
drop table corpus_notafter_day;
alter table corpus_notafter_day_v16 rename to corpus_notafter_day;

create table corpus_notafter_group_v16 (issuerNameHash varchar(64) not null, notAfter timestamp(6) with time zone not null,
    dayCount integer not null, firstDay date not null, lastDay date not null, primary key (notAfter, issuerNameHash));
insert into corpus_notafter_group_v16 (issuerNameHash, notAfter, dayCount, firstDay, lastDay)
    select issuerNameHash, notAfter, dayCount, firstDay, lastDay from corpus_notafter_group;
drop table corpus_notafter_group;
alter table corpus_notafter_group_v16 rename to corpus_notafter_group;
