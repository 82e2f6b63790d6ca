package org.casebook.history;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/** One committed change to the case file: when, and by whom. */
@Entity
@Table(name = "REVINFO")
@RevisionEntity(RevisionAuthorListener.class)
public class CasebookRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @RevisionNumber
    @Column(name = "REV")
    public Integer id;

    @RevisionTimestamp
    @Column(name = "REVTSTMP")
    public long timestamp;

    @Column(length = 64)
    public String author;
}
