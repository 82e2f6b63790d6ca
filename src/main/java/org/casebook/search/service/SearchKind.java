package org.casebook.search.service;

import java.util.List;
import org.casebook.search.SearchQuery;

/**
 * One group of search results (CAs, issues, certificates, statements, ...): an {@code @ApplicationScoped} bean, found
 * by {@link SiteSearch}. A new searchable kind (incident reports, say) is one more such bean: its JSON key is
 * {@link #group()}, and the page lists it under {@link #title()} in {@link #order()}.
 */
public interface SearchKind {

    /** The JSON key of the group, e.g. "statements". */
    String group();

    /** The heading of the group on the page. */
    String title();

    /** Position among the groups, lowest first (CAs 10, issues 20, certificates 30, statements 40). */
    int order();

    /** The results of one page, and whether there are more after it. */
    Found find(SearchQuery query, Paging paging);

    /** One page of a group. */
    record Found(List<? extends SearchHit> hits, boolean more) {

        static Found of(List<? extends SearchHit> matches, Paging paging) {
            int from = Math.min(paging.offset(), matches.size());
            int to = Math.min(from + paging.size(), matches.size());
            return new Found(List.copyOf(matches.subList(from, to)), matches.size() > to);
        }
    }

    /** {@code page} counts from 1. */
    record Paging(int page, int size) {

        public int offset() {
            return (page - 1) * size;
        }

        /** How many results of one ordered source decide this page and whether there is another. */
        public int enough() {
            return offset() + size + 1;
        }
    }
}
