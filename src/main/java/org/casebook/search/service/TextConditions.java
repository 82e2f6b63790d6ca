package org.casebook.search.service;

import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.List;
import org.casebook.search.Excerpts;

/**
 * A JPQL condition "every term occurs in one of these fields" over case-file text (a few thousand rows at most, read with
 * LIKE), with its parameters named :term0, :term1, ...
 */
record TextConditions(String jpql, List<String> patterns) {

    static TextConditions allTerms(List<String> terms, String... lowerCasedFields) {
        List<String> clauses = new ArrayList<>();
        List<String> patterns = new ArrayList<>();
        for (int i = 0; i < terms.size(); i++) {
            List<String> fields = new ArrayList<>();
            for (String field : lowerCasedFields) {
                fields.add(field + " like :term" + i + " escape '!'");
            }
            clauses.add("(" + String.join(" or ", fields) + ")");
            patterns.add(Excerpts.containsPattern(terms.get(i)));
        }
        return new TextConditions(String.join(" and ", clauses), patterns);
    }

    <T> TypedQuery<T> bind(TypedQuery<T> query) {
        for (int i = 0; i < patterns.size(); i++) {
            query.setParameter("term" + i, patterns.get(i));
        }
        return query;
    }
}
