-- The seeded case file: Mozilla's 2016 page "CA:WoSign Issues" (https://wiki.mozilla.org/CA:WoSign_Issues),
-- every section as one issue in the page's order, retold in our own words with the page's facts, dates,
-- counts and short attributed quotations. Where the copy on file lost a link or a domain name, the text says so.
--
-- Loaded once, by org.casebook.seed.CaseFileSeed, on the first start with no CA in the database; it then
-- stores the CAs' real certificates (src/main/resources/real-certs/ca-certificates.tsv) and links the
-- cross-sign rows below to their cross-certificate. Explicit ids stay below 1000; the sequences restart at
-- 1000 at the end so later inserts do not collide. Enum columns hold the Java enum names.

-- Certification authorities
insert into certification_authority (id, slug, name, country, timeZone, website, description) values (1, 'wosign', 'WoSign CA Limited', 'CN', 'Asia/Shanghai', 'https://www.wosign.com', 'A Chinese CA. This case file follows Mozilla''s 2016 page [CA:WoSign Issues](https://wiki.mozilla.org/CA:WoSign_Issues),
which lists confirmed and suspected issues in chronological order and re-lettered them from the first
announcement (Issues -2 to 2 and X) to letters with gaps, so that later findings can be slotted in.

WoSign''s auditor for the period was Ernst & Young (Hong Kong). WoSign has owned all of [StartCom](/cas/startcom)
since 1 November 2015 ([Issue R](/cas/wosign/issues/R)); its roots were cross-signed by StartCom''s and by
[Certum](/cas/certum)''s roots.');
insert into certification_authority (id, slug, name, country, timeZone, website, description) values (2, 'startcom', 'StartCom', 'IL', 'Asia/Jerusalem', 'https://www.startssl.com', 'An Israeli CA (StartCom Ltd.), operator of the StartSSL and StartEncrypt services. WoSign completed its
purchase of 100% of StartCom on 1 November 2015 and did not disclose it as a change of ownership
([WoSign Issue R](/cas/wosign/issues/R)). StartCom''s root cross-signed two WoSign roots, and its StartEncrypt
service could be made to issue from WoSign''s hierarchy ([WoSign Issue V](/cas/wosign/issues/V)).');
insert into certification_authority (id, slug, name, country, timeZone, website, description) values (3, 'certum', 'Certum (Asseco Data Systems S.A.)', 'PL', 'Europe/Warsaw', 'https://www.certum.eu', 'A Polish CA, formerly Unizeto, owned by Asseco Data Systems S.A. Its "Certum CA" root cross-signed WoSign''s
G2 root twice; according to Asseco both cross-certificates were revoked as of 29 November 2016. Its
"Certum Trusted Network CA" root later issued WoSign''s DV, OV and EV SSL intermediates (2016–2017).');

-- Ownership: WoSign bought StartCom (Issue R)
insert into ownership_event (id, ca_id, newOwnerCa_id, newOwner, share, effectiveOn, disclosedOn, disclosedAs, description) values (600, 2, 1, 'WoSign CA Limited', '100%', date '2015-11-01', date '2016-09-19', 'equity investment', 'According to the Israeli company authorities, as confirmed to Mozilla by a Hebrew-speaking lawyer, the
transaction that completed WoSign''s 100% ownership of StartCom was completed on 1 November 2015; Mozilla
holds that the change should have been disclosed then. WoSign did not disclose it as a change of ownership:
its press release of 19 September 2016 spoke of having "made an equity investment" in StartCom CA, and
described the two as companies operated and managed independently, although one person was StartCom''s sole
director and WoSign''s CEO. See [WoSign Issue R](/cas/wosign/issues/R).');

-- Issue D: Long-lived SHA-1 certificates
insert into issue (id, ca_id, letter, title, status, category, periodStart, periodEnd, affectedCertificates, affectedApproximate, coveredInIncidentReport, disclosedInAudit, body, assessment) values (10, 1, 'D', 'Long-lived SHA-1 certificates', 'NOT_A_VIOLATION', 'NO_VIOLATION', '2015-01-16', '2015-03-05', 1132, false, true, true, 'From 16 January to 5 March 2015 WoSign issued **1,132** SHA-1 subscriber certificates that remain valid
after 1 January 2017.

The rule involved is Baseline Requirements section 7.1.3, introduced by CA/Browser Forum ballot 118: from
16 January 2015 a CA **SHOULD NOT** issue SHA-1 subscriber certificates that expire after 1 January 2017.
Ballot 118 passed on 16 October 2014; WoSign only changed its systems on 5 March 2015, almost five months
later.

WoSign declared these certificates to its auditors, and its WebTrust BR audit report records them. The
auditors add that they understand WoSign has procedures and controls in place so that the certificates
will be revoked by 31 December 2016 at the latest.

WoSign says it knew it was issuing them and blames the delay in implementing ballot 118. The issue is also
covered in WoSign''s final incident report.', 'Not a Baseline Requirements violation. The rule is a SHOULD NOT, which under RFC 2119 may be departed from
for valid reasons once the implications are understood and weighed.

The delay is still surprising: close to five months for a fairly simple change, when WoSign has changed its
systems much faster in other cases.');
insert into issue_alias (issue_id, position, alias) values (10, 0, 'Issue -2');
insert into ca_statement (id, issue_id, statedOn, speaker, kind, text, sourceUrl) values (100, 10, null, 'WoSign', 'SUMMARY', 'WoSign knew it was issuing these certificates. It attributes them to its systems not being updated for
CA/Browser Forum ballot 118 until 5 March 2015.', null);
insert into issue_reference (id, issue_id, kind, title, url, publishedOn) values (200, 10, 'AUDIT_REPORT', 'WoSign''s WebTrust BR audit report by Ernst & Young (Hong Kong), which records the 1,132 certificates', null, null);
insert into issue_reference (id, issue_id, kind, title, url, publishedOn) values (201, 10, 'INCIDENT_REPORT', 'WoSign''s final incident report', null, null);
insert into issue_reference (id, issue_id, kind, title, url, publishedOn) values (202, 10, 'POLICY', 'Baseline Requirements section 7.1.3: SHA-1 subscriber certificates expiring after 1 January 2017', 'https://cabforum.org/baseline-requirements-documents/', null);
insert into issue_reference (id, issue_id, kind, title, url, publishedOn) values (203, 10, 'POLICY', 'CA/Browser Forum ballot 118 (SHA-1 sunset), passed 16 October 2014', null, '2014-10-16');
insert into issue_reference (id, issue_id, kind, title, url, publishedOn) values (204, 10, 'POLICY', 'RFC 2119: what SHOULD NOT means', 'https://www.rfc-editor.org/rfc/rfc2119', null);

-- Issue F: Certificates identical except for notBefore
insert into issue (id, ca_id, letter, title, status, category, periodStart, periodEnd, affectedCertificates, affectedApproximate, coveredInIncidentReport, disclosedInAudit, body, assessment) values (11, 1, 'F', 'Certificates identical except for notBefore', 'RESOLVED', 'RFC_VIOLATION', '2015-03', '2015-03', 16, false, true, false, 'In March 2015 WoSign issued two certificates that are the same in every field, serial number included,
except notBefore: the two notBefore values are 37 seconds apart.

WoSign''s final incident report counts **16** such cases. They happen when the certificate management system
loses contact with one signing server in the middle of a transaction and retries on the other, and both
servers sign. One certificate went to the subscriber; the other stayed in WoSign''s records and reached CT
when WoSign later logged all its certificates. WoSign says it has since made the system lock better.', 'Two different certificates with the same serial number break RFC 5280, but the practical impact of this
bug is small.');
insert into ca_statement (id, issue_id, statedOn, speaker, kind, text, sourceUrl) values (101, 11, null, 'WoSign (final incident report)', 'SUMMARY', 'There are 16 examples. They come from the certificate management system losing contact with a signing server
mid-transaction and trying the other one, with both servers issuing; WoSign has since improved the locking.', null);
insert into issue_reference (id, issue_id, kind, title, url, publishedOn) values (205, 11, 'INCIDENT_REPORT', 'WoSign''s final incident report', null, null);

-- Issue H: Duplicate serial numbers
insert into issue (id, ca_id, letter, title, status, category, periodStart, periodEnd, affectedCertificates, affectedApproximate, coveredInIncidentReport, disclosedInAudit, body, assessment) values (12, 1, 'H', 'Duplicate serial numbers', 'CONFIRMED', 'RFC_VIOLATION', '2015-04-09', '2015-04-14', 392, false, true, true, 'Between 9 and 14 April 2015 WoSign issued **392** certificates with duplicate serial numbers, spread over a
handful of distinct serials. (Mozilla''s page linked one example; the link is not in the copy on file.)

WoSign''s most recent BR audit records the incident. The auditors write that they understand WoSign revoked
the certificates in a timely manner, investigated the root cause and documented it in an incident report,
and followed up "to prevent the recurrence of the incident".

WoSign''s final incident report names two bugs with the same effect: the serial number generator could produce
a serial starting with "0", which the signing system could not handle, and there was a race condition.', 'An RFC violation and an unfortunate one, but it was detected fairly promptly (though not by WoSign itself) and
fixed.

It is not clear how a leading-zero serial that the signing system could not handle would lead to duplicate
serial numbers; Mozilla has asked WoSign to clarify. The auditors'' remark about preventing recurrence matters
because later issues involve duplicate serial numbers again ([Issue P](/cas/wosign/issues/P),
[Issue Q](/cas/wosign/issues/Q)).');
insert into issue_alias (issue_id, position, alias) values (12, 0, 'Issue X');
insert into ca_statement (id, issue_id, statedOn, speaker, kind, text, sourceUrl) values (102, 12, null, 'WoSign (final incident report)', 'SUMMARY', 'Two bugs led to the same result: one in a system that did not understand serial numbers with a leading zero,
the other a race condition.', null);
insert into ca_statement (id, issue_id, statedOn, speaker, kind, text, sourceUrl) values (103, 12, null, 'WoSign (final incident report)', 'QUOTATION', '"a system bug with the serial number generation, generating a serial number starting with “0” in the first
left position" ... "the signing system had a bug that didn’t know how to deal with this kind of serial number"', null);
insert into issue_reference (id, issue_id, kind, title, url, publishedOn) values (206, 12, 'AUDIT_REPORT', 'WoSign''s most recent BR audit report by Ernst & Young (Hong Kong), which records the incident', null, null);
insert into issue_reference (id, issue_id, kind, title, url, publishedOn) values (207, 12, 'INCIDENT_REPORT', 'WoSign''s final incident report', null, null);

-- Issue J: BR violations found after Google's contact of 3 April 2015
insert into issue (id, ca_id, letter, title, status, category, periodStart, periodEnd, affectedCertificates, affectedApproximate, coveredInIncidentReport, disclosedInAudit, body, assessment) values (13, 1, 'J', 'BR violations found after Google''s contact of 3 April 2015', 'CONFIRMED', 'BR_VIOLATION', '2015-04-03', null, null, false, true, false, 'On 3 April 2015 Google contacted WoSign, concerned about Baseline Requirements violations in certificates
WoSign had issued recently. Instead of naming the violations, Google asked WoSign to check its certificates
against its own CPS. The list of problems that followed combines those WoSign found itself with those Google
pointed out later. (The list is not in the copy on file.)

Google noted that a competent auditor should have caught many of these problems. WoSign''s auditors at the
time were Ernst & Young (Hong Kong).

WoSign fixed the problems promptly, partly by changing its practice and partly by changing its CPS (new
versions 1.2.10 and 1.2.11).

Google included the issue in its August 2016 report to Mozilla; it was not in the original public discussion.
WoSign''s final incident report covers it.', 'WoSign acted quickly, but fixing violations of the CPS by rewriting the CPS suggests that the CPS did not
define WoSign''s practice so much as follow it, updated after the fact.

Mozilla''s guidance on auditor errors says that when an auditor overlooked egregious mistakes, made many
oversights, or missed BR problems with root or intermediate certificates, the CA must fix the issues and be
re-audited, either by another auditor or by the same one with an immediate correction plan and a mid-term
partial audit; the auditor must document how it will avoid the same mistakes, or risk its standing with
Mozilla. Mozilla did not know of this issue at the time, so it never judged whether it was severe enough to
call for that.

Open question: should Mozilla keep accepting audits from an auditor that missed CPS violations affecting so
large a share of the CA''s certificates?');
insert into issue_alias (issue_id, position, alias) values (13, 0, 'Issue -1');
insert into ca_statement (id, issue_id, statedOn, speaker, kind, text, sourceUrl) values (104, 13, null, 'WoSign', 'SUMMARY', 'WoSign resolved the problems at the time through changes to its practice and to its CPS, publishing CPS
versions 1.2.10 and 1.2.11.', null);
insert into issue_reference (id, issue_id, kind, title, url, publishedOn) values (208, 13, 'OTHER', 'Google''s report to Mozilla on WoSign', null, '2016-08');
insert into issue_reference (id, issue_id, kind, title, url, publishedOn) values (209, 13, 'INCIDENT_REPORT', 'WoSign''s final incident report', null, null);
insert into issue_reference (id, issue_id, kind, title, url, publishedOn) values (210, 13, 'POLICY', 'Mozilla''s documentation on auditor errors and re-audits', null, null);
insert into issue_credit (id, issue_id, person, contribution) values (300, 13, 'Google', 'raised the BR violations with WoSign on 2015-04-03 and pointed out further problems');

-- Issue L: Domain validation on any port
insert into issue (id, ca_id, letter, title, status, category, periodStart, periodEnd, affectedCertificates, affectedApproximate, coveredInIncidentReport, disclosedInAudit, body, assessment) values (14, 1, 'L', 'Domain validation on any port', 'CONFIRMED', 'BR_VIOLATION', '2015-01-10', '2015-04-23', 72, false, true, false, 'From 10 January to 23 April 2015 the issuance system for WoSign''s free certificates let the applicant choose
any port for validating control of a website; once a domain had passed, WoSign issued certificates for it. A
researcher obtained a certificate for a university''s domain by opening a high-numbered port (above 50,000)
and having WoSign validate through it.

The problem was reported to Google, which passed it on to WoSign, and it was fixed then. Mozilla only learned
of it in 2016.

WoSign''s Richard Wang put the number of certificates validated on a port other than 80 or 443 at **72**, and
WoSign published the list; its official issue report followed on 4 September 2016, and the final incident
report covers the issue too.

A participant in the discussion said his certificate had been validated on port 8080 but was not on the list.
Richard Wang then explained that the system did not directly record the port used, so he could not guarantee
the list was complete. The final incident report nevertheless reads as if WoSign had a complete list.

WoSign has since stopped doing website-control validation.', 'It is the CA''s responsibility to disclose issues to its auditors, not the auditors'' to discover them; WoSign
knew this, since it disclosed some other issues on this page to its auditors and they appear in the report.

The logs WoSign kept for website validation were clearly inadequate. Had it kept the method, much better
logging would have been needed.');
insert into issue_alias (issue_id, position, alias) values (14, 0, 'Issue 0');
insert into ca_statement (id, issue_id, statedOn, speaker, kind, text, sourceUrl) values (105, 14, '2016-08-25', 'WoSign', 'QUOTATION', '"We are searching our database to try to find if any mis-issued cert is issued."', null);
insert into ca_statement (id, issue_id, statedOn, speaker, kind, text, sourceUrl) values (106, 14, '2016-08-25', 'WoSign', 'QUOTATION', '"For BR auditor, I think this issue is too technical that fewer auditor can find out this problem."', null);
insert into ca_statement (id, issue_id, statedOn, speaker, kind, text, sourceUrl) values (107, 14, '2016-09-04', 'WoSign', 'SUMMARY', 'WoSign published its official issue report.', null);
insert into ca_statement (id, issue_id, statedOn, speaker, kind, text, sourceUrl) values (108, 14, null, 'Richard Wang (WoSign)', 'QUOTATION', '"the certificates issued related using higher level port website control validation is totally 72
certificates" (validated on ports other than 80 and 443)', null);
insert into ca_statement (id, issue_id, statedOn, speaker, kind, text, sourceUrl) values (109, 14, null, 'Richard Wang (WoSign)', 'SUMMARY', 'Asked about a certificate validated on port 8080 that was missing from the list, he said the system did not
directly record the port used for validation, so he could not guarantee the list of 72 was complete.', null);
insert into issue_reference (id, issue_id, kind, title, url, publishedOn) values (211, 14, 'CERTIFICATE_LIST', 'WoSign''s list of the 72 certificates validated on a port other than 80 or 443', null, null);
insert into issue_reference (id, issue_id, kind, title, url, publishedOn) values (212, 14, 'INCIDENT_REPORT', 'WoSign''s official issue report', null, '2016-09-04');
insert into issue_reference (id, issue_id, kind, title, url, publishedOn) values (213, 14, 'INCIDENT_REPORT', 'WoSign''s final incident report', null, null);

-- Issue N: Unvalidated domains in certificates (bugs N1 and N2)
insert into issue (id, ca_id, letter, title, status, category, periodStart, periodEnd, affectedCertificates, affectedApproximate, coveredInIncidentReport, disclosedInAudit, body, assessment) values (15, 1, 'N', 'Unvalidated domains in certificates (bugs N1 and N2)', 'CONFIRMED', 'BR_VIOLATION', '2015-06', '2015-08-10', 33, false, true, false, 'In June 2015 an applicant found problems in WoSign''s free certificate service. There were two bugs:

- **N1**: proving control of a subdomain (`sub.example.tld`) also got a certificate covering the base domain
  (`example.tld`).
- **N2**: after validation, arbitrary other domains could be added to the request.

The reporter came across the problem by accident, when a domain applied for by mistake was approved as well,
and then used control of one domain to get a certificate for GitHub''s domains, and a second GitHub certificate
through a different subdomain. Both are instances of N2. (The domain names are not in the copy on
file.)

A post-issuance review the next day, triggered because "github" is on WoSign''s list of high-value domains,
caught the GitHub certificates, and they were revoked. Nothing further was investigated, and more
certificates were misissued afterwards. Both bugs were fixed on 10 August 2015, two months later, as part of an
unrelated major update.

WoSign''s official issue report of 4 September 2016 explains both bugs and counts **33** misissued
certificates: **21** under N1 and **12** under N2. WoSign''s final incident report covers the issue too.

According to WoSign, N1 came from an engineer misreading a rule: when a base domain is validated, its "www"
name may be added free; he applied the rule the other way round. WoSign''s own list of misissued domains shows
that N2 really did allow any domain, including domains unrelated to the one validated.', 'N2 in effect removes domain validation for any attacker who owns a domain of their own. WoSign no longer does
website-control validation at all, but that does not make the flaw less serious, and it raises the question of
how such a feature got through review, testing and QA.');
insert into issue_alias (issue_id, position, alias) values (15, 0, 'Issue 1');
insert into ca_statement (id, issue_id, statedOn, speaker, kind, text, sourceUrl) values (110, 15, '2016-08-25', 'WoSign', 'QUOTATION', '"For BR auditor, I think this issue is too technical that fewer auditor can find out this problem."', null);
insert into ca_statement (id, issue_id, statedOn, speaker, kind, text, sourceUrl) values (111, 15, '2016-09-04', 'WoSign (official issue report)', 'SUMMARY', 'The report explains the two bugs, N1 and N2, and classifies the misissued certificates as 21 under N1 and 12
under N2.', null);
insert into ca_statement (id, issue_id, statedOn, speaker, kind, text, sourceUrl) values (112, 15, null, 'WoSign', 'SUMMARY', 'N1 was caused by an engineer who misunderstood the rule that a validated base domain may have its "www" name
added free, and applied it in the opposite direction.', null);
insert into ca_statement (id, issue_id, statedOn, speaker, kind, text, sourceUrl) values (113, 15, null, 'WoSign (official issue report)', 'QUOTATION', 'N2 was "a system vulnerability that when the subscriber finished the domain validation, they can add any
domain before submitting this order to system."', null);
insert into issue_reference (id, issue_id, kind, title, url, publishedOn) values (214, 15, 'CERTIFICATE_LIST', 'List of the 33 misissued certificates', null, null);
insert into issue_reference (id, issue_id, kind, title, url, publishedOn) values (215, 15, 'INCIDENT_REPORT', 'WoSign''s official issue report', null, '2016-09-04');
insert into issue_reference (id, issue_id, kind, title, url, publishedOn) values (216, 15, 'INCIDENT_REPORT', 'WoSign''s final incident report', null, null);
insert into issue_credit (id, issue_id, person, contribution) values (301, 15, 'Stephen Schrauger', 'reported the issue');

-- Issue P: Intermediate certificates reusing a serial number
insert into issue (id, ca_id, letter, title, status, category, periodStart, periodEnd, affectedCertificates, affectedApproximate, coveredInIncidentReport, disclosedInAudit, body, assessment) values (16, 1, 'P', 'Intermediate certificates reusing a serial number', 'CONFIRMED', 'RFC_VIOLATION', null, null, null, false, false, false, 'WoSign issued pairs of intermediate certificates in which both certificates carry the same serial number.

In each pair, one certificate has CRL and OCSP URLs on domains that no longer exist. The other has them on
subdomains that do exist and point either at Akamai''s CDN or at what appears to be Qihoo 360''s CDN. For one
of the pairs, the first certificate was logged in the "pilot" CT log about a month before the second. Both
certificates of a pair have the same notBefore date.

Richard Wang of WoSign explained by private mail that WoSign had planned to use a CDN under a different
domain; talks with the CDN provider showed no change of domain was needed, so WoSign kept its existing domain
and reissued the intermediate, and "forgot to change the serial number". The older intermediate issued only
test certificates, for two months. WoSign planned to revoke "this two intermediate CA and all issued
certificates soon", which Mozilla takes to mean the two certificates with the old domain names.', 'A change of hosting plan would explain the reissue, but not why both certificates of a pair have the same
notBefore date.

Intermediates are issued by hand, directly from a root, and should be surrounded by strong controls. Reusing a
serial number for two of them shows a disappointing lack of care and of proper process.');
insert into ca_statement (id, issue_id, statedOn, speaker, kind, text, sourceUrl) values (114, 16, null, 'Richard Wang (WoSign), by private mail', 'SUMMARY', 'WoSign first planned to serve CRLs and OCSP from a CDN under a different domain, then learned from the CDN
provider that it could keep its existing domain, and reissued the intermediate certificate with the new URLs
but "forgot to change the serial number". The old intermediate issued only test certificates, for two months.', null);
insert into ca_statement (id, issue_id, statedOn, speaker, kind, text, sourceUrl) values (115, 16, null, 'Richard Wang (WoSign), by private mail', 'QUOTATION', 'WoSign plans to revoke "this two intermediate CA and all issued certificates soon".', null);
insert into issue_credit (id, issue_id, person, contribution) values (302, 16, 'Kurt Roeckx', 'helped with this issue');
insert into issue_credit (id, issue_id, person, contribution) values (303, 16, 'Rob Stradling', 'helped with this issue');

-- Issue Q: SM2 test certificates from a public root
insert into issue (id, ca_id, letter, title, status, category, periodStart, periodEnd, affectedCertificates, affectedApproximate, coveredInIncidentReport, disclosedInAudit, body, assessment) values (17, 1, 'Q', 'SM2 test certificates from a public root', 'CONFIRMED', 'BR_VIOLATION', '2015-11', '2015-11', 2, false, true, false, 'In November 2015 WoSign issued two certificates whose subject public keys are SM2 keys. SM2 is based on
elliptic curves, but not on the NIST P-256, P-384 or P-521 curves, which Baseline Requirements section 6.1.5
makes the only allowed curves for EC keys in certificates the BRs cover.

Besides the unapproved key parameters, each SM2 certificate appears to share its serial number with another
certificate for the same subject. And the first pair of certificates is valid for four years, nine months
longer than the BRs allow.

Richard Wang said WoSign would include the case in its report: it had issued two SM2 test certificates with
the same serial number as the RSA certificate for the same subject, to test whether a gateway holding both
kinds could pick one automatically in the handshake according to the browser''s algorithm support. (Mozilla
could not find this message in the archive.)

WoSign''s final incident report covers the issue. WoSign''s later final statement argued that, as a licensed
Chinese CA, it had to help domestic browsers test SM2 certificates from a globally trusted root on the real
Internet rather than an intranet. WoSign says it has changed its systems so that test certificates are no
longer issued from public roots.', 'This scenario can be tested in many ways without a public root. Mozilla doubts that Chinese law or regulation
required WoSign to issue these certificates; and if it had, BR section 9.16.3 lets a CA depart from the BRs
when local law requires it, with appropriate disclosure to the CA/Browser Forum. WoSign made no such
disclosure.

Symantec was penalised in late 2015 for issuing test certificates that did not comply with the BRs in
publicly trusted hierarchies. Its problems came to light in September 2015, and a large discussion in
m.d.s.policy began on 13 October 2015: all before WoSign issued these test certificates.');
insert into ca_statement (id, issue_id, statedOn, speaker, kind, text, sourceUrl) values (116, 17, null, 'Richard Wang (WoSign)', 'QUOTATION', '"This is another case that we will include it in our report. We issued two test cert using SM2 algorithm that
used the same serial number as the RSA cert (same subject)"; the aim was to test a gateway that picks the
certificate type during the handshake according to what the browser supports.', null);
insert into ca_statement (id, issue_id, statedOn, speaker, kind, text, sourceUrl) values (117, 17, null, 'WoSign (final statement)', 'QUOTATION', '"being a Chinese licensed CA, we must abide by local laws and regulations"; WoSign says this meant testing SM2
certificates from a globally trusted root with domestic browsers on the real Internet, "not intranet".', null);
insert into issue_reference (id, issue_id, kind, title, url, publishedOn) values (217, 17, 'POLICY', 'Baseline Requirements section 6.1.5: allowed elliptic curves (P-256, P-384, P-521)', 'https://cabforum.org/baseline-requirements-documents/', null);
insert into issue_reference (id, issue_id, kind, title, url, publishedOn) values (218, 17, 'POLICY', 'Baseline Requirements section 9.16.3: departing from the BRs where local law requires it', 'https://cabforum.org/baseline-requirements-documents/', null);
insert into issue_reference (id, issue_id, kind, title, url, publishedOn) values (219, 17, 'DISCUSSION', 'm.d.s.policy discussion of Symantec''s non-compliant test certificates', null, '2015-10-13');
insert into issue_reference (id, issue_id, kind, title, url, publishedOn) values (220, 17, 'INCIDENT_REPORT', 'WoSign''s final incident report', null, null);
insert into issue_reference (id, issue_id, kind, title, url, publishedOn) values (221, 17, 'OTHER', 'WoSign''s final statement', null, null);

-- Issue R: Undisclosed purchase of StartCom
insert into issue (id, ca_id, letter, title, status, category, periodStart, periodEnd, affectedCertificates, affectedApproximate, coveredInIncidentReport, disclosedInAudit, body, assessment) values (18, 1, 'R', 'Undisclosed purchase of StartCom', 'CONFIRMED', 'ROOT_PROGRAM_POLICY_VIOLATION', '2015-11-01', '2016-09-19', null, false, false, false, 'WoSign bought the CA [StartCom](/cas/startcom) and did not disclose the deal as a change of ownership, which
Mozilla believes violates section 5 of the Mozilla CA Certificate Maintenance Policy. When that section was
pointed out, WoSign denied that any change fell under it, and when the ownership transfer came to the
community''s attention WoSign tried to suppress further information about it. (The details were in a
mailing-list post whose link is not in the copy on file.)

Richard Wang wrote that an announcement and disclosure would follow once the business transaction was
complete, and offered to send Mozilla documents showing it was not yet finished.

On 19 September 2016 WoSign issued a press release saying it had "made an equity investment" in StartCom CA.

Mozilla checked with a Hebrew-speaking lawyer: for the Israeli company authorities, the transaction that
completed the chain giving WoSign **100%** ownership of StartCom was completed on **1 November 2015**. Mozilla
maintains that this is the date on which the change should have been disclosed to it.', 'The press release about an "equity investment" is economical with the truth: WoSign owns 100% of StartCom.
Its claim that the two companies are operated and managed independently is hard to square with one person
being StartCom''s sole director and WoSign''s CEO, and there is technical evidence that StartCom now uses a
large part of WoSign''s issuance infrastructure.');
insert into ca_statement (id, issue_id, statedOn, speaker, kind, text, sourceUrl) values (118, 18, null, 'Richard Wang (WoSign)', 'QUOTATION', '"An announcement and disclosure will be made shortly pending completion of the business transaction." He
offered Mozilla documents showing that the transaction was not finished.', null);
insert into ca_statement (id, issue_id, statedOn, speaker, kind, text, sourceUrl) values (119, 18, '2016-09-19', 'WoSign (press release)', 'QUOTATION', 'WoSign has "made an equity investment" in StartCom CA; the release describes "WoSign and StartCom [are] two
companies operate[d] and managed independently".', null);
insert into issue_reference (id, issue_id, kind, title, url, publishedOn) values (222, 18, 'POLICY', 'Mozilla CA Certificate Maintenance Policy, section 5 (changes of ownership)', null, null);
insert into issue_reference (id, issue_id, kind, title, url, publishedOn) values (223, 18, 'DISCUSSION', 'Mailing-list post with the details of the ownership transfer', null, null);
insert into issue_reference (id, issue_id, kind, title, url, publishedOn) values (224, 18, 'OTHER', 'WoSign press release on its "equity investment" in StartCom', null, '2016-09-19');

-- Issue S: Backdated SHA-1 certificates
insert into issue (id, ca_id, letter, title, status, category, periodStart, periodEnd, affectedCertificates, affectedApproximate, coveredInIncidentReport, disclosedInAudit, body, assessment) values (19, 1, 'S', 'Backdated SHA-1 certificates', 'CONFIRMED', 'BR_VIOLATION', '2015-12', '2016-01', 67, true, true, false, 'WoSign issued SHA-1 certificates after 1 January 2016 with notBefore dates backdated into December 2015,
which gets them past browsers'' blocks on SHA-1 certificates issued after that date. Probably **67**
certificates are affected, possibly a few more or fewer.

### Cryptographic proof

Three certificates have notBefore dates in December 2015 and SHA-1 signatures, but embedded SCTs dated after
1 January 2016. An embedded SCT must exist before the final certificate is signed, so these were signed in
January 2016, the third on or after 18 January:

| # | notBefore (UTC) | notAfter (UTC) | Embedded SCT (UTC) | SCT after notBefore |
|---|---|---|---|---|
| 1 | 2015-12-19 20:37:06 | 2016-12-29 16:00:00 | 2016-01-04 10:11:27 | 15 d 13 h 34 min |
| 2 | 2015-12-20 08:29:51 | 2016-12-29 16:00:00 | 2016-01-05 05:52:47 | 15 d 21 h 23 min |
| 3 | 2015-12-20 07:48:31 | 2016-12-29 16:00:00 | 2016-01-18 05:33:21 | 28 d 21 h 45 min |

(The domain names of these certificates are not in the copy on file.)

These are the only certificates with cryptographic proof of backdating, but strong circumstantial evidence
suggests it was more widespread.

### The fixed-notAfter template

From around 12 May 2015 WoSign used a new template for some SHA-1 certificates, with a fixed notAfter of
**2016-12-29T16:00:00Z**, midnight between 29 and 30 December in China Standard Time; perhaps a sensible way
to avoid issuing SHA-1 certificates that ran into 2017 by accident. **939** SHA-1 certificates with this
notAfter have been found, the three above included.

Certificates from this template almost all have notBefore dates on Chinese working days, which suggests each
was issued by a WoSign employee''s explicit action. All have notBefore dates from Monday to Friday except
**13** on a Saturday and **66** on a Sunday. Of those 66, **4** are on 2015-09-06, a Sunday that was, unusually,
a working day in China. The other **62** are all on 2015-12-20, a Sunday that was not a working day, which
suggests their notBefore is not their real issuance date.

Among those 62 suspect certificates, three more have embedded SCTs several days after notBefore, so they too
are provably backdated; but their SCTs are (just) before 1 January 2016, so here the backdating did not get
around the browser blocks:

| # | notBefore (UTC) | notAfter (UTC) | Embedded SCT (UTC) | SCT after notBefore |
|---|---|---|---|---|
| 4 | 2015-12-20 03:40:31 | 2016-12-29 16:00:00 | 2015-12-31 10:24:34 | 11 d 6 h 44 min |
| 5 | 2015-12-20 07:49:25 | 2016-12-29 16:00:00 | 2015-12-31 10:30:03 | 11 d 2 h 41 min |
| 6 | 2015-12-20 12:02:09 | 2016-12-29 16:00:00 | 2015-12-31 10:20:17 | 10 d 22 h 18 min |

### WoSign''s account

WoSign''s final incident report considers **64** certificates: **6** it attributes to a dual-issuance bug, **9**
it says are not a problem because they were issued on 31 December 2015, **2** are the misissued certificates
of [Issue V](/cas/wosign/issues/V), and the other **47** it calls "normal SHA-1 orders". Mozilla is asking for
more detail on the report and will comment later.', 'Mozilla policy does not forbid backdating, but lists it among its Problematic Practices: minor adjustment for
technical compatibility is accepted, backdating to avoid a deadline or a code-enforced restriction is not.

Here the backdating hides issuance that Baseline Requirements section 7.1.3 forbids: from 1 January 2016 CAs
MUST NOT issue new subscriber or subordinate CA certificates using SHA-1.');
insert into ca_statement (id, issue_id, statedOn, speaker, kind, text, sourceUrl) values (120, 19, null, 'WoSign (final incident report)', 'SUMMARY', 'Of the 64 certificates WoSign considers, 6 come from a dual-issuance bug, 9 were issued on 31 December 2015
and so are not a problem, 2 are the misissued certificates of Issue V, and 47 are "normal SHA-1 orders".', null);
insert into issue_reference (id, issue_id, kind, title, url, publishedOn) values (225, 19, 'POLICY', 'Mozilla''s Problematic Practices: backdating the notBefore date', 'https://wiki.mozilla.org/CA:Problematic_Practices', null);
insert into issue_reference (id, issue_id, kind, title, url, publishedOn) values (226, 19, 'POLICY', 'Baseline Requirements section 7.1.3: no SHA-1 subscriber or subordinate CA certificates from 1 January 2016', 'https://cabforum.org/baseline-requirements-documents/', null);
insert into issue_reference (id, issue_id, kind, title, url, publishedOn) values (227, 19, 'INCIDENT_REPORT', 'WoSign''s final incident report', null, null);
insert into issue_credit (id, issue_id, person, contribution) values (304, 19, 'Thijs Alkemade (Computest)', 'provided much of the information');

-- Issue T: Misissued certificate for alicdn.com (not WoSign's fault)
insert into issue (id, ca_id, letter, title, status, category, periodStart, periodEnd, affectedCertificates, affectedApproximate, coveredInIncidentReport, disclosedInAudit, body, assessment) values (20, 1, 'T', 'Misissued certificate for alicdn.com (not WoSign''s fault)', 'NOT_A_VIOLATION', 'NO_VIOLATION', '2016-06', '2016-06', 1, false, true, false, 'In June 2016 a certificate was issued for alicdn.com that the domain''s owner had not requested. The domains in
question use certificates from Symantec.

WoSign''s final incident report covers the issue; WoSign maintains that it carried out its domain control checks
correctly. The domain''s owners confirmed directly to Mozilla that an attacker had been able to control content
on their domain.', 'Mozilla has some concerns about how WoSign''s systems validated website control, a method WoSign no longer
offers. But the certificate could only be obtained because an attacker controlled the domain for a while, so no
blame attaches to WoSign for the misissuance itself.');
insert into ca_statement (id, issue_id, statedOn, speaker, kind, text, sourceUrl) values (121, 20, null, 'WoSign (final incident report)', 'SUMMARY', 'WoSign asserts that it completed the domain control checks correctly.', null);
insert into issue_reference (id, issue_id, kind, title, url, publishedOn) values (228, 20, 'INCIDENT_REPORT', 'WoSign''s final incident report', null, null);

-- Issue V: SHA-1 certificates issued through StartEncrypt
insert into issue (id, ca_id, letter, title, status, category, periodStart, periodEnd, affectedCertificates, affectedApproximate, coveredInIncidentReport, disclosedInAudit, body, assessment) values (21, 1, 'V', 'SHA-1 certificates issued through StartEncrypt', 'CONFIRMED', 'BR_VIOLATION', '2016-07', '2016-07', 2, false, true, false, 'In July 2016 problems came to light in StartEncrypt, the automatic issuance service that
[StartCom](/cas/startcom) had recently launched. It was a StartCom-branded service, not advertised as able to
issue WoSign certificates. But one API parameter in the POST request of the submission page chose the
intermediate or root the certificate chained to: "2" gave "StartCom Class 1 DV Server CA", "1" gave "WoSign CA
Free SSL Certificate G2", and "0" gave "CA 沃通根证书", another WoSign root trusted by Firefox.

A security researcher used "1" and obtained two certificates signed with SHA-1 whose notBefore dates were 20
December 2015. (The links to the two certificates are not in the copy on file.)

WoSign published an official issue report on 4 September 2016, and its final incident report covers the issue
too. These are the 2 certificates WoSign''s account of [Issue S](/cas/wosign/issues/S) attributes to this issue.', 'SHA-1 certificates obtained in July 2016 but dated December 2015: the same backdating pattern as
[Issue S](/cas/wosign/issues/S), past the 1 January 2016 SHA-1 cut-off of BR section 7.1.3. It also shows that a
StartCom service could issue from WoSign''s hierarchy ([Issue R](/cas/wosign/issues/R)).');
insert into issue_alias (issue_id, position, alias) values (21, 0, 'Issue 2');
insert into ca_statement (id, issue_id, statedOn, speaker, kind, text, sourceUrl) values (122, 21, '2016-09-04', 'WoSign', 'SUMMARY', 'WoSign published its official issue report.', null);
insert into issue_reference (id, issue_id, kind, title, url, publishedOn) values (229, 21, 'CERTIFICATE_LIST', 'The two SHA-1 certificates obtained through StartEncrypt (Cert 1, Cert 2)', null, null);
insert into issue_reference (id, issue_id, kind, title, url, publishedOn) values (230, 21, 'INCIDENT_REPORT', 'WoSign''s official issue report', null, '2016-09-04');
insert into issue_reference (id, issue_id, kind, title, url, publishedOn) values (231, 21, 'INCIDENT_REPORT', 'WoSign''s final incident report', null, null);

-- Issue W: Out-of-date software on the validation server
insert into issue (id, ca_id, letter, title, status, category, periodStart, periodEnd, affectedCertificates, affectedApproximate, coveredInIncidentReport, disclosedInAudit, body, assessment) values (22, 1, 'W', 'Out-of-date software on the validation server', 'CONFIRMED', 'OPERATIONAL_SECURITY', null, null, null, false, true, false, 'WoSign''s first incident report, written in response to other issues on this page, shows a screenshot of a `dig`
query from its validation server. `dig` is part of the bind-utils package, and the output appears to show
bind-utils **9.7.3-8.P3.el6**, a build for Red Hat Enterprise Linux 6 released in December 2011.

The next EL6 release after it, 9.7.3-8.P3.el6_2.1, came out a little later in December 2011; the latest,
9.8.2-0.47.rc1.el6, on 10 May 2016. Between the version WoSign seems to run and the latest lie **19** patched
CVEs, none of them especially severe.

WoSign''s most recent audit used the "SSL Baseline With Network Security - Version 2.0" criteria, which combine
two CA/Browser Forum documents: the Baseline Requirements and the Network and Certificate System Security
Requirements. A bullet on page 19 of the latter requires recommended security patches to be applied to
Certificate Systems within six months of their release, unless the CA documents that a patch would bring more
vulnerabilities or instability than benefit. For WoSign''s bind that appears not to hold.

WoSign''s most recent incident report acknowledged the issue, and WoSign committed to updating the operating
system on the server(s) concerned.', 'Software nearly five years out of date raises questions about the patch level of the validation server as a
whole and of WoSign''s other infrastructure, where more critical packages may be just as old. Badly outdated
software and the lack of a proper patching regime are things WoSign''s auditors should have caught.');
insert into ca_statement (id, issue_id, statedOn, speaker, kind, text, sourceUrl) values (123, 22, null, 'WoSign (most recent incident report)', 'SUMMARY', 'WoSign acknowledged the issue and committed to updating the operating system on the server(s) in question.', null);
insert into issue_reference (id, issue_id, kind, title, url, publishedOn) values (232, 22, 'INCIDENT_REPORT', 'WoSign''s first incident report, with the screenshot of the dig query', null, null);
insert into issue_reference (id, issue_id, kind, title, url, publishedOn) values (233, 22, 'POLICY', 'CA/Browser Forum Network and Certificate System Security Requirements: security patches within six months', null, null);
insert into issue_reference (id, issue_id, kind, title, url, publishedOn) values (234, 22, 'AUDIT_REPORT', 'WoSign''s most recent audit, under "SSL Baseline With Network Security - Version 2.0"', null, null);
insert into issue_reference (id, issue_id, kind, title, url, publishedOn) values (235, 22, 'INCIDENT_REPORT', 'WoSign''s most recent incident report, acknowledging the issue', null, null);
insert into issue_credit (id, issue_id, person, contribution) values (305, 22, 'Paul Pearce', 'helped with this issue');

-- Audit: Ernst & Young (Hong Kong). The page gives no audit period, statement date or opinion.
insert into audit_statement (id, ca_id, auditor, standard, periodStart, periodEnd, statementDate, opinion, url, reported) values (400, 1, 'Ernst & Young (Hong Kong)', 'WebTrust for CAs – SSL Baseline with Network Security, Version 2.0', null, null, null, 'UNKNOWN', null, 'WoSign''s most recent BR audit. Disclosed, as WoSign declared them: the 1,132 SHA-1 certificates valid beyond
2016 (Issue D), which the auditors understood would be revoked by 31 December 2016, and the 392 certificates
with duplicate serial numbers (Issue H), which the auditors understood were revoked in a timely manner, with
root cause analysis and follow-up action to prevent recurrence. Mozilla''s page gives no audit period,
statement date or opinion.');
insert into audited_issue (id, audit_id, issue_id, disclosed, note) values (410, 400, 10, true, 'WoSign declared the certificates to its auditors; the report says controls ensure their revocation by 2016-12-31.');
insert into audited_issue (id, audit_id, issue_id, disclosed, note) values (411, 400, 12, true, 'The report says the certificates were revoked in a timely manner, the root cause analysed and documented, and recurrence prevented.');
insert into audited_issue (id, audit_id, issue_id, disclosed, note) values (412, 400, 13, false, 'Ernst & Young (Hong Kong) were WoSign''s auditors at the time; Google noted that a competent auditor should have caught many of these violations.');
insert into audited_issue (id, audit_id, issue_id, disclosed, note) values (413, 400, 14, false, 'Not disclosed to the auditors; on 2016-08-25 WoSign said the issue was too technical for a BR auditor to find.');
insert into audited_issue (id, audit_id, issue_id, disclosed, note) values (414, 400, 15, false, 'Not disclosed to the auditors; on 2016-08-25 WoSign said the issue was too technical for a BR auditor to find.');
insert into audited_issue (id, audit_id, issue_id, disclosed, note) values (415, 400, 22, false, 'Audited against SSL Baseline With Network Security v2.0, whose patching rule the outdated bind-utils appears to break; Mozilla expected the auditors to catch it.');

-- Cross-signatures of WoSign roots by other roots, as the page lists them
insert into cross_sign (id, ca_id, target, source, sourceOwner, notAfter, revokedAt, revocationSource, serialHex, certificate_id, comment) values (500, 1, '/C=CN/O=WoSign CA Limited/CN=CA 沃通根证书', '/C=IL/O=StartCom Ltd./OU=Secure Digital Certificate Signing/CN=StartCom Certification Authority', 'StartCom', timestamp with time zone '2019-12-31 23:59:59+00', null, null, null, null, 'StartCom has been owned by WoSign since 2015-11-01 (Issue R). Two cross-certificates on file match this row, serials 1FCEA7F6A97FE9 and 44D13B8DD0F188508D9F7324D90A9F34; Mozilla''s page does not say which one it means. A third, serial 48146DA671B17BB1718E4A5650C94D0D, expired on 2016-03-01.');
insert into cross_sign (id, ca_id, target, source, sourceOwner, notAfter, revokedAt, revocationSource, serialHex, certificate_id, comment) values (501, 1, '/C=CN/O=WoSign CA Limited/CN=Certification Authority of WoSign', '/C=IL/O=StartCom Ltd./OU=Secure Digital Certificate Signing/CN=StartCom Certification Authority', 'StartCom', timestamp with time zone '2019-12-31 23:59:59+00', null, null, null, null, 'StartCom has been owned by WoSign since 2015-11-01 (Issue R). Two cross-certificates on file match this row, serials 1D06194E5AF8A17F343323FE1C836A4A and 19C28530E93B36; Mozilla''s page does not say which one it means.');
insert into cross_sign (id, ca_id, target, source, sourceOwner, notAfter, revokedAt, revocationSource, serialHex, certificate_id, comment) values (502, 1, '/C=CN/O=WoSign CA Limited/CN=Certification Authority of WoSign G2', '/C=PL/O=Unizeto Sp. z o.o./CN=Certum CA', 'Asseco Data Systems S.A.', timestamp with time zone '2020-11-02 01:01:59+00', date '2016-11-29', 'according to Asseco', null, null, 'Revoked as of 2016-11-29, as Asseco (Certum''s owner) stated. The cross-certificate writes its notBefore (2012-02-01) as a UTCTime without seconds, which RFC 5280 does not allow.');
insert into cross_sign (id, ca_id, target, source, sourceOwner, notAfter, revokedAt, revocationSource, serialHex, certificate_id, comment) values (503, 1, '/C=CN/O=WoSign CA Limited/CN=Certification Authority of WoSign G2', '/C=PL/O=Unizeto Sp. z o.o./CN=Certum CA', 'Asseco Data Systems S.A.', timestamp with time zone '2020-11-02 01:59:59+00', date '2016-11-29', 'according to Asseco', null, null, 'Revoked as of 2016-11-29, as Asseco (Certum''s owner) stated. Its notBefore (2012-01-01) is earlier than the G2 root''s own (2014-11-08).');

-- Incident reports and open questions (issue 14), as far as the page dates them. The page gives 2016-09-04 as the day of
-- WoSign's official reports on issues L, N and V (recorded as full reports, known to the day) and gives no date for
-- WoSign's final incident report (recorded once per issue it covers, as an undated closing report). Its open requests
-- for clarification on H and S are questions with no date, since the page gives none: they are listed on the issues'
-- incident pages but have no deadline for the board. The reports carry only what the page says of them.
insert into incident_report (id, version, issue_id, kind, filedAt, filedPrecision, url, summary, impact, timeline, relatedIssues, rootCause, lessonsLearned, actionItems, affected, warnings, filedBy) values
 (600, 0, 14, 'FULL', timestamp with time zone '2016-09-04 00:00:00+00:00', 'day', null, 'WoSign''s official report on this issue.', null, null, null, null, null, null, null, null, 'seed'),
 (601, 0, 15, 'FULL', timestamp with time zone '2016-09-04 00:00:00+00:00', 'day', null, 'WoSign''s official report on this issue. It describes two bugs, N1 and N2, and puts 21 of the misissued certificates down to N1 and 12 to N2.', 'By WoSign''s classification, 21 certificates from bug N1 and 12 from bug N2.', null, null, null, null, null, null, null, 'seed'),
 (602, 0, 21, 'FULL', timestamp with time zone '2016-09-04 00:00:00+00:00', 'day', null, 'WoSign''s official report on this issue.', null, null, null, null, null, null, null, null, 'seed'),
 (610, 0, 10, 'CLOSING', null, null, null, 'WoSign''s final incident report covers this issue.', null, null, null, null, null, null, null, null, 'seed'),
 (611, 0, 11, 'CLOSING', null, null, null, 'WoSign''s final incident report counts 16 cases. When the certificate management system lost contact with one signing server during a transaction it tried the other, and both signed a certificate: one went to the subscriber, the other stayed in WoSign''s records and was later logged to CT with the rest.', null, null, null, 'A retry on the second signing server while the first had also signed.', null, null, null, null, 'seed'),
 (612, 0, 12, 'CLOSING', null, null, null, 'WoSign''s final incident report covers this issue and gives two bugs with the same outcome.', null, null, null, 'Two bugs: a system that mishandled serial numbers beginning with a zero, and a race condition.', null, null, null, null, 'seed'),
 (613, 0, 13, 'CLOSING', null, null, null, 'WoSign''s final incident report covers this issue.', null, null, null, null, null, null, null, null, 'seed'),
 (614, 0, 14, 'CLOSING', null, null, null, 'WoSign''s final incident report covers this issue. Read against the discussion, it still suggests that WoSign could list every affected certificate, although WoSign had said its system did not record the port used for validation.', null, null, null, null, null, null, null, null, 'seed'),
 (615, 0, 15, 'CLOSING', null, null, null, 'WoSign''s final incident report covers this issue.', null, null, null, null, null, null, null, null, 'seed'),
 (617, 0, 17, 'CLOSING', null, null, null, 'WoSign''s final incident report covers this issue.', null, null, null, null, null, null, null, null, 'seed'),
 (619, 0, 19, 'CLOSING', null, null, null, 'WoSign''s final incident report considers 64 certificates: 6 it puts down to a dual-issuance bug, 9 it calls unproblematic because they were issued on 31 December 2015, 2 are the certificates of issue V, and 47 it calls normal SHA-1 orders.', 'By WoSign''s count, 64 certificates considered.', null, '["wosign/V"]', null, null, null, null, null, 'seed'),
 (620, 0, 20, 'CLOSING', null, null, null, 'WoSign''s final incident report covers this issue and says that WoSign carried out the domain control checks correctly.', null, null, null, null, null, null, null, null, 'seed'),
 (621, 0, 21, 'CLOSING', null, null, null, 'WoSign''s final incident report covers this issue.', null, null, null, null, null, null, null, null, 'seed'),
 (622, 0, 22, 'CLOSING', null, null, null, 'WoSign''s most recent incident report acknowledges the issue.', null, null, null, null, null, '[{"action":"Update the operating system of the validation server(s)","kind":null,"due":null,"status":"open","measure":null}]', null, null, 'seed');
insert into incident_question (id, version, issue_id, text, askedBy, askedAt, due, status, answeredByStatementId, answeredByReportId, answeredAt) values
 (700, 0, 12, 'How could a serial-number generator that produced serial numbers beginning with 0, together with a signing system that could not handle such serial numbers, lead to duplicate serial numbers?', 'Mozilla', null, null, 'OPEN', null, null, null),
 (701, 0, 19, 'Mozilla asks for further information on the details of WoSign''s report on this issue.', 'Mozilla', null, null, 'OPEN', null, null, null);

-- What the CA claimed about its issues (issue 14, item 5), beside the evidence, and which finding codes show each
-- issue's problem on a certificate. Counts and dates only as the page gives them and only where the page puts them in
-- WoSign's (or its audit's) mouth.
insert into issue_claim (id, version, issue_id, affectedCount, periodStart, periodEnd, firstAffected, lastAffected, source, contested, definingFindings) values (700, 0, 10, 1132, '2015-01-16', '2015-03-05', null, null, 'WoSign declared the certificates to its auditors; its WebTrust BR audit report documents them.', null, 'w_sub_cert_sha1_expiration_too_long');
insert into issue_claim (id, version, issue_id, affectedCount, periodStart, periodEnd, firstAffected, lastAffected, source, contested, definingFindings) values (701, 0, 11, 16, null, null, null, null, 'WoSign''s final incident report, which says there are 16 examples.', null, 'e_duplicate_serial_same_issuer');
insert into issue_claim (id, version, issue_id, affectedCount, periodStart, periodEnd, firstAffected, lastAffected, source, contested, definingFindings) values (702, 0, 12, 392, '2015-04-09', '2015-04-14', null, null, 'WoSign''s most recent BR audit report, which documents the incident.', null, 'e_duplicate_serial_same_issuer');
insert into issue_claim (id, version, issue_id, affectedCount, periodStart, periodEnd, firstAffected, lastAffected, source, contested, definingFindings) values (703, 0, 14, 72, null, null, null, null, 'Richard Wang (WoSign): the list of certificates validated on a port other than 80 or 443, "totally 72 certificates".', 'a participant in the discussion said his certificate was validated on port 8080 and is not on the list of 72; Richard Wang then said the system did not directly record the port used for validation, so he could not guarantee that the list was complete. The final incident report still reads as if the list were complete.', null);
insert into issue_claim (id, version, issue_id, affectedCount, periodStart, periodEnd, firstAffected, lastAffected, source, contested, definingFindings) values (704, 0, 15, 33, null, null, null, null, 'WoSign''s official issue report of 4 September 2016, which classifies the misissuances as 21 N1 and 12 N2.', null, null);
insert into issue_claim (id, version, issue_id, affectedCount, periodStart, periodEnd, firstAffected, lastAffected, source, contested, definingFindings) values (705, 0, 16, null, null, null, null, null, null, null, 'e_duplicate_serial_same_issuer');
insert into issue_claim (id, version, issue_id, affectedCount, periodStart, periodEnd, firstAffected, lastAffected, source, contested, definingFindings) values (706, 0, 17, 2, '2015-11', '2015-11', null, null, 'Richard Wang (WoSign): two test certificates using the SM2 algorithm, with the same serial number as the RSA certificate for the same subject.', null, 'e_ec_improper_curves e_duplicate_serial_same_issuer');
insert into issue_claim (id, version, issue_id, affectedCount, periodStart, periodEnd, firstAffected, lastAffected, source, contested, definingFindings) values (707, 0, 19, 64, null, null, null, null, 'WoSign''s final incident report, which considers 64 certificates: 6 it puts down to a dual-issuance bug, 9 it says are not problematic because they were issued on 31 December 2015, 2 from Issue V, and 47 "normal SHA-1 orders".', 'Mozilla puts the number at probably 67, perhaps a few more or fewer, and is seeking further information on the details of the report.', 'e_backdated_across_deadline w_backdated_by_sct');

-- Commitments (issue 14, item 4): the auditors'' word on Issue H that recurrence was prevented, before the duplicate
-- serial numbers of Issues P and Q. The page gives no date for the audit report.
insert into ca_statement (id, issue_id, statedOn, speaker, kind, text, sourceUrl) values (140, 12, null, 'Ernst & Young (Hong Kong), WoSign''s auditors, in its most recent BR audit report', 'QUOTATION', '"Follow up action was also conducted to prevent the recurrence of the incident."', null);
insert into statement_commitment (id, version, statement_id, kind, due, status, evidence) values (750, 0, 140, 'PREVENT', null, 'DONE', 'The audit report says the follow-up action was conducted.');

-- History: one Envers revision for the whole seed, so that later edits show as changes to it
insert into REVINFO (REVTSTMP, author) values (cast(extract(epoch from current_timestamp) * 1000 as bigint), 'seed');
insert into certification_authority_AUD (REV, REVTYPE, id, slug, name, country, timeZone, website, description) select (select max(REV) from REVINFO), 0, id, slug, name, country, timeZone, website, description from certification_authority;
insert into ownership_event_AUD (REV, REVTYPE, id, ca_id, newOwnerCa_id, newOwner, share, effectiveOn, disclosedOn, disclosedAs, description) select (select max(REV) from REVINFO), 0, id, ca_id, newOwnerCa_id, newOwner, share, effectiveOn, disclosedOn, disclosedAs, description from ownership_event;
insert into issue_AUD (REV, REVTYPE, id, ca_id, letter, title, status, category, periodStart, periodEnd, affectedCertificates, affectedApproximate, coveredInIncidentReport, disclosedInAudit, body, assessment) select (select max(REV) from REVINFO), 0, id, ca_id, letter, title, status, category, periodStart, periodEnd, affectedCertificates, affectedApproximate, coveredInIncidentReport, disclosedInAudit, body, assessment from issue;
insert into issue_alias_AUD (REV, REVTYPE, issue_id, position, alias) select (select max(REV) from REVINFO), 0, issue_id, position, alias from issue_alias;
insert into ca_statement_AUD (REV, REVTYPE, id, issue_id, statedOn, speaker, kind, text, sourceUrl) select (select max(REV) from REVINFO), 0, id, issue_id, statedOn, speaker, kind, text, sourceUrl from ca_statement;
insert into issue_reference_AUD (REV, REVTYPE, id, issue_id, kind, title, url, publishedOn) select (select max(REV) from REVINFO), 0, id, issue_id, kind, title, url, publishedOn from issue_reference;
insert into issue_credit_AUD (REV, REVTYPE, id, issue_id, person, contribution) select (select max(REV) from REVINFO), 0, id, issue_id, person, contribution from issue_credit;
insert into audit_statement_AUD (REV, REVTYPE, id, ca_id, auditor, standard, periodStart, periodEnd, statementDate, opinion, reported, url) select (select max(REV) from REVINFO), 0, id, ca_id, auditor, standard, periodStart, periodEnd, statementDate, opinion, reported, url from audit_statement;
insert into audited_issue_AUD (REV, REVTYPE, id, audit_id, issue_id, disclosed, note) select (select max(REV) from REVINFO), 0, id, audit_id, issue_id, disclosed, note from audited_issue;
insert into cross_sign_AUD (REV, REVTYPE, id, ca_id, target, source, sourceOwner, notAfter, revokedAt, revocationSource, serialHex, certificate_id, comment) select (select max(REV) from REVINFO), 0, id, ca_id, target, source, sourceOwner, notAfter, revokedAt, revocationSource, serialHex, certificate_id, comment from cross_sign;
insert into issue_claim_AUD (REV, REVTYPE, id, version, issue_id, affectedCount, periodStart, periodEnd, firstAffected, lastAffected, source, contested, definingFindings) select (select max(REV) from REVINFO), 0, id, version, issue_id, affectedCount, periodStart, periodEnd, firstAffected, lastAffected, source, contested, definingFindings from issue_claim;
insert into statement_commitment_AUD (REV, REVTYPE, id, version, statement_id, kind, due, status, evidence) select (select max(REV) from REVINFO), 0, id, version, statement_id, kind, due, status, evidence from statement_commitment;

insert into incident_report_AUD (REV, REVTYPE, id, version, issue_id, kind, filedAt, filedPrecision, url, summary, impact, timeline, relatedIssues, rootCause, lessonsLearned, actionItems, affected, warnings, filedBy) select (select max(REV) from REVINFO), 0, id, version, issue_id, kind, filedAt, filedPrecision, url, summary, impact, timeline, relatedIssues, rootCause, lessonsLearned, actionItems, affected, warnings, filedBy from incident_report;
insert into incident_question_AUD (REV, REVTYPE, id, version, issue_id, text, askedBy, askedAt, due, status, answeredByStatementId, answeredByReportId, answeredAt) select (select max(REV) from REVINFO), 0, id, version, issue_id, text, askedBy, askedAt, due, status, answeredByStatementId, answeredByReportId, answeredAt from incident_question;

-- Later inserts take ids from 1000 on
alter sequence certification_authority_SEQ restart with 1000;
alter sequence ownership_event_SEQ restart with 1000;
alter sequence issue_SEQ restart with 1000;
alter sequence ca_statement_SEQ restart with 1000;
alter sequence issue_reference_SEQ restart with 1000;
alter sequence issue_credit_SEQ restart with 1000;
alter sequence audit_statement_SEQ restart with 1000;
alter sequence audited_issue_SEQ restart with 1000;
alter sequence cross_sign_SEQ restart with 1000;
alter sequence incident_report_SEQ restart with 1000;
alter sequence incident_question_SEQ restart with 1000;

alter sequence issue_claim_SEQ restart with 1000;
alter sequence statement_commitment_SEQ restart with 1000;
