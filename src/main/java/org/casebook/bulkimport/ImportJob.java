package org.casebook.bulkimport;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/**
 * One bulk corpus import: the spooled upload it reads, how far it has come, and what became of the items so far.
 * {@link #consumed} is moved in the transaction that stores those items, so it never says more than is stored.
 */
@Entity
@Table(name = "import_job")
public class ImportJob extends PanacheEntity {

    public static final String RUNNING = "running";
    public static final String DONE = "done";
    public static final String FAILED = "failed";
    /** Stopped by a person before its end: what it stored stays, the rest of the upload is dropped. */
    public static final String CANCELLED = "cancelled";

    @Column(name = "ca_id", nullable = false)
    public long caId;

    @Column(nullable = false, length = 64)
    public String caSlug;

    /** {@link #RUNNING}, {@link #DONE}, {@link #FAILED} or {@link #CANCELLED}. */
    @Column(nullable = false, length = 16)
    public String state;

    /** What the upload is: a {@code CorpusFormat} code. */
    @Column(nullable = false, length = 32)
    public String format;

    /** The spooled upload, on the instance named by {@link #spoolHost}. */
    @Column(nullable = false, length = 1024)
    public String spoolFile;

    @Column(length = 255)
    public String spoolHost;

    @Column(nullable = false)
    public long bytes;

    /** Items in the upload (certificates and anything else counted as an item), counted when it was spooled. */
    @Column(nullable = false)
    public long total;

    /** Items whose outcome is committed: the next run starts after them. */
    @Column(nullable = false)
    public long consumed;

    /** Certificates stored for the first time by this job. */
    @Column(nullable = false)
    public long stored;

    /** Certificates that were on file already (stored before, or twice in the upload). */
    @Column(nullable = false)
    public long alreadyOnFile;

    @Column(nullable = false)
    public long rejected;

    @Column(length = 128)
    public String startedBy;

    @Column(nullable = false)
    public Instant startedAt;

    /** When the current run (the first, or a resumption) began, and at which item: the rate is measured from there. */
    public Instant workedFrom;

    @Column(nullable = false)
    public long workedFromItem;

    public Instant finishedAt;

    @Column(nullable = false)
    public int resumptions;

    @Column(length = 1024)
    public String failure;

    public static List<ImportJob> running() {
        return list("state = ?1 order by id", RUNNING);
    }
}
