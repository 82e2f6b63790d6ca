-- "Everything under example.com" is reversed LIKE 'com.example.%' ORDER BY reversed, certificate_id (CertificateSearch).
-- Under the database's collation (C.UTF-8, en_US.UTF-8, ICU...) PostgreSQL cannot turn that LIKE into a range on
-- ix_certificate_name_reversed and reads the whole table. A varchar_pattern_ops index would serve the LIKE, but it is
-- in byte order while ORDER BY sorts by the collation, so every name under the domain would be read and sorted before
-- the first page: slower the more names there are. Reversed labels are lower-case ASCII compared as bytes, so the
-- column itself gets the "C" collation: its btree index (rebuilt by this statement) then serves the LIKE prefix as a
-- range and returns the rows already in the ORDER BY's order. H2 needs nothing: it compares strings by code point.
alter table certificate_name alter column reversed type varchar(1000) collate "C";
