package org.casebook.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicLong;
import org.casebook.ca.CertificationAuthority;
import org.casebook.support.TestCaseFiles;
import org.junit.jupiter.api.Test;

/**
 * The change counter behind the page cache moves at a write and again when the write's transaction has committed,
 * also when the write is a flush at commit: a page worked out between the two would otherwise be kept as current.
 */
@QuarkusTest
class CaseFileChangesTests {

    @Inject
    TestCaseFiles caseFiles;

    @Test
    void aWriteFlushedAtCommitMovesTheCounterAfterTheCommit() {
        caseFiles.createCa("changes-flush", "Changes at flush");
        AtomicLong beforeCommit = new AtomicLong();
        long before = CaseFileChanges.generation();
        long endedBefore = CaseFileChanges.endedWrites();
        QuarkusTransaction.requiringNew().run(() -> {
            CertificationAuthority ca = CertificationAuthority.findBySlug("changes-flush").orElseThrow();
            ca.description = "Changed, flushed only when the transaction commits.";
            beforeCommit.set(CaseFileChanges.generation());
        });
        long after = CaseFileChanges.generation();
        assertTrue(after >= beforeCommit.get() + 2, "a write statement and a commit after it: " + beforeCommit.get() + " -> " + after);
        assertTrue(before <= beforeCommit.get());
        assertTrue(CaseFileChanges.endedWrites() > endedBefore, "the counter moved when the writing transaction ended");
    }

    @Test
    void queriesAreNotWrites() {
        assertFalse(CaseFileChanges.writes("select c1_0.id from certificate c1_0"));
        assertFalse(CaseFileChanges.writes("  /* a comment */ with x as (select 1) select * from x"));
        assertFalse(CaseFileChanges.writes("select id from issue where id = ?1 for update"));
        assertTrue(CaseFileChanges.writes("update issue set title=? where id=?"));
        assertTrue(CaseFileChanges.writes("insert into issue_AUD (REV,REVTYPE,id) values (?,?,?)"));
        assertTrue(CaseFileChanges.writes("delete from evidence_link where id=?"));
        assertTrue(CaseFileChanges.writes("merge into corpus_issuer_serials key (issuerNameHash) values (?, ?, ?)"));
    }
}
