-- Corpus findings computed once (issue 12): each certificate keeps the findings of the corpus checks
-- that depend on single certificates (duplicate serial, cross-signature, SCT backdating) with the
-- fingerprint of the check set that made them, and the CA whose stored certificate issued it (the
-- fallback jurisdiction of the non-working-day check). A null corpusVersion means "not yet analysed
-- and not yet counted in the statistics below": the background refresh does both.
alter table certificate add column corpusVersion varchar(64);
alter table certificate add column issuerCa_id bigint;
alter table certificate add constraint fk_certificate_issuer_ca foreign key (issuerCa_id) references certification_authority;
create index ix_certificate_corpus_version on certificate (corpusVersion);
create table certificate_corpus_finding (position integer not null, certificate_id bigint not null, severity varchar(16) not null,
    code varchar(128) not null, citation varchar(1024), message varchar(4096), primary key (position, certificate_id));
alter table certificate_corpus_finding add constraint fk_corpus_finding_certificate foreign key (certificate_id) references certificate;

-- Issuer-wide statistics, kept up to date as certificates arrive, from which the statistical checks'
-- findings are derived when read (a threshold crossed changes no row of the certificates concerned):
-- n_fixed_notafter_template: the distinct UTC notBefore days per issuer name and notAfter instant,
-- and per such group how many days, the first and the last.
create table corpus_notafter_day (issuerNameHash varchar(64) not null, notAfter timestamp(6) with time zone not null,
    notBeforeDay date not null, primary key (issuerNameHash, notAfter, notBeforeDay));
create table corpus_notafter_group (issuerNameHash varchar(64) not null, notAfter timestamp(6) with time zone not null,
    dayCount integer not null, firstDay date not null, lastDay date not null, primary key (issuerNameHash, notAfter));
-- w_serial_generator_63_bits: per issuer name the widest serial and how many serials are 57 to 63 bits long.
create table corpus_issuer_serials (issuerNameHash varchar(64) not null, widestBits integer not null,
    typicalSerials integer not null, primary key (issuerNameHash));
-- One row: transactions that change stored corpus findings lock it first, so two uploads of related
-- certificates see each other's (the second waits for the first to commit, then reads what it stored).
create table corpus_state (id integer not null, arrivals bigint not null, primary key (id));
insert into corpus_state (id, arrivals) values (1, 0);
