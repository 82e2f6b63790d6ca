-- Corpus checks: the bit length of each serial's value, indexed per issuer name, so that "the widest
-- serial from this issuer" and "how many 57-63 bit serials" are index seeks rather than scans of an
-- issuer's certificates (w_serial_generator_63_bits). Rows stored before this column are filled in
-- at startup by SerialBitsBackfill.
alter table certificate add column serialBits integer;
create index ix_certificate_issuer_serialbits on certificate (issuerNameHash, serialBits);
-- n_notbefore_on_non_working_day asks which issue a stored certificate is evidence for.
create index ix_evidence_link_certificate on evidence_link (certificate_id);
