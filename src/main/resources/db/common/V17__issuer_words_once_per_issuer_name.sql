-- Search by issuer words (issue 15): the words of an issuer's name were one certificate_name row each, for every
-- certificate of the issuer (six of a typical certificate's fourteen rows, each in four B-trees), although all of an
-- issuer's certificates share them. They are now kept once per issuer name; a search finds the issuer names with the
-- words, then reads each one's certificates in id order through ix_certificate_issuer_id.
-- No primary key: two instances may add the words of the same new issuer at once; the search reads them distinct.
-- CertificateNameIndex fills the table at the first start after this migration from the certificates on file.
create table issuer_name_word (issuerNameHash varchar(64) not null, word varchar(100) not null);
create index ix_issuer_name_word_word on issuer_name_word (word, issuerNameHash);
create index ix_issuer_name_word_issuer on issuer_name_word (issuerNameHash, word);
delete from certificate_name where kind = 'ISSUER';
create index ix_certificate_issuer_id on certificate (issuerNameHash, id);
