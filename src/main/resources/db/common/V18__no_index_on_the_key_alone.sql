-- Every lookup by public key also names the subject (a cross-signature or re-issue is the same subject and key):
-- "subjectNameHash = ? and spkiSha256 = ?", or both as IN lists, which ix_certificate_subject_key serves. No query
-- reads certificates by key alone, and each stored certificate inserted one more entry at a random place in this
-- index, which H2 writes out as a whole page (measured in bench/README.md, "Third round").
drop index ix_certificate_spki;
