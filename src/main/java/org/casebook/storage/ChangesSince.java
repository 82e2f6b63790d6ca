package org.casebook.storage;

/**
 * What changed in a record since an earlier version, for a stale edit's answer. The case file's history
 * answers it; {@link VersionedEdits} asks without knowing the nouns above it.
 */
public interface ChangesSince {

    /** {@code "title: 'Old' → 'New' (by manager2)"}; empty when that version is not on record. */
    <T> String changedSince(Class<T> type, long id, long version, T current);
}
