package org.casebook.search.service;

import io.quarkus.arc.All;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.casebook.search.SearchQuery;
import org.casebook.search.service.SearchKind.Found;
import org.casebook.search.service.SearchKind.Paging;
import org.casebook.web.ApiException;

/** The one search box: checks the input, reads the query, and asks every {@link SearchKind} for its page. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SiteSearch {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    /** Deep pages cost each source page × size rows; beyond this, narrow the query. */
    public static final int MAX_DEPTH = 10_000;

    @Inject
    @All
    List<SearchKind> kinds;

    /** One group's page of results. */
    public record Group(String key, String title, List<? extends SearchHit> hits, boolean more) {
    }

    /** Everything one search answers. */
    public record Results(String query, List<String> understood, int page, int size, List<Group> groups) {

        public boolean empty() {
            return groups.stream().allMatch(g -> g.hits().isEmpty());
        }

        /** The number of the first result on this page (the page's lists count on from it). */
        public int firstNumber() {
            return (page - 1) * size + 1;
        }

        public String nextPageUrl() {
            return pageUrl(page + 1);
        }

        /** Null on the first page. */
        public String previousPageUrl() {
            return page > 1 ? pageUrl(page - 1) : null;
        }

        private String pageUrl(int number) {
            return "/search?q=" + java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8) + "&page=" + number + "&size=" + size;
        }
    }

    public Results search(String q, String pageParameter, String sizeParameter) {
        if (q == null || q.isBlank()) {
            throw ApiException.badRequest("q: type something to search for");
        }
        if (q.length() > SearchQuery.MAX_LENGTH) {
            throw ApiException.badRequest("q: at most " + SearchQuery.MAX_LENGTH + " characters, got " + q.length());
        }
        int page = number("page", pageParameter, 1, 1, MAX_DEPTH);
        int size = number("size", sizeParameter, DEFAULT_SIZE, 1, MAX_SIZE);
        if ((long) page * size > MAX_DEPTH) {
            throw ApiException.badRequest("page: page × size may be at most " + MAX_DEPTH + "; narrow the query instead");
        }
        SearchQuery query = SearchQuery.parse(q);
        Paging paging = new Paging(page, size);
        List<Group> groups = new ArrayList<>();
        for (SearchKind kind : kinds.stream().sorted(Comparator.comparingInt(SearchKind::order)).toList()) {
            Found found = kind.find(query, paging);
            groups.add(new Group(kind.group(), kind.title(), found.hits(), found.more()));
        }
        return new Results(query.text(), understood(query), page, size, groups);
    }

    private static int number(String field, String value, int absent, int min, int max) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException notANumber) {
            // answered below
        }
        throw ApiException.badRequest(field + ": a whole number from " + min + " to " + max + ", got '" + value + "'");
    }

    /** The readings of the query, in words, for the page and the JSON. */
    static List<String> understood(SearchQuery query) {
        List<String> out = new ArrayList<>();
        if (query.sha256Prefix() != null) {
            out.add(query.sha256Prefix().length() == 64 ? "a SHA-256" : "the start of a SHA-256");
        }
        if (query.serial() != null) {
            out.add("a serial number (" + query.serial() + ", leading zeros ignored)");
        }
        if (query.ipAddress() != null) {
            out.add("an IP address (" + query.ipAddress() + ")");
        }
        if (query.dns() != null) {
            out.add(switch (query.dns().match()) {
                case EXACT -> "a DNS name (" + query.dns().name() + ", or a wildcard covering it)";
                case WILDCARD -> "a wildcard DNS name (" + query.dns().name() + ")";
                case UNDER -> "every DNS name under " + query.dns().name();
            });
        }
        if (query.issueLetter() != null || query.isIssueName()) {
            out.add("an issue letter or former name");
        }
        if (!query.isIssueName() && !query.terms().isEmpty()) {
            out.add("words: " + String.join(" ", query.terms()));
        }
        return out;
    }
}
