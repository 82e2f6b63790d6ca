package org.casebook.bulkimport;

/**
 * One item of a corpus upload, numbered from 1 in reading order: the DER of what should be a certificate, or why no
 * DER could be taken from it ({@code problem}). {@code source} says where it is (a line, a zip entry).
 */
public record CorpusItem(long number, String source, byte[] der, String problem) {

    public boolean readable() {
        return der != null;
    }
}
