package org.casebook.issue.service;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import org.casebook.issue.CaStatement;
import org.casebook.issue.Issue;
import org.casebook.issue.IssueCredit;
import org.casebook.issue.IssueReference;
import org.casebook.issue.ReferenceKind;
import org.casebook.issue.StatementKind;
import org.casebook.issue.service.IssueInputs.CreditInput;
import org.casebook.issue.service.IssueInputs.ReferenceInput;
import org.casebook.issue.service.IssueInputs.StatementInput;
import org.casebook.web.CodedEnum;
import org.casebook.web.Inputs;

/**
 * A kind of record that hangs off an issue and is added, changed and deleted the same way (statements,
 * references, credits): one description read by {@link IssueService}'s part methods, the JSON resource and the forms.
 *
 * @param name what one record is called in answers ("statement 12")
 * @param segment its URL segment under the issue ("statements"), also the page anchor
 * @param fields the input's fields, named in a validation failure
 */
public record IssuePart<E extends PanacheEntity, I>(
        String name,
        String segment,
        Class<E> type,
        String fields,
        Supplier<E> blank,
        BiConsumer<E, Issue> attach,
        ToLongFunction<E> version,
        Function<I, Long> inputVersion,
        BiFunction<I, Long, I> withVersion,
        BiConsumer<E, I> apply) {

    private static final List<String> STATEMENT_KINDS = CodedEnum.codes(StatementKind.class);
    private static final List<String> REFERENCE_KINDS = CodedEnum.codes(ReferenceKind.class);

    public static final IssuePart<CaStatement, StatementInput> STATEMENT = new IssuePart<>("statement", "statements",
            CaStatement.class, "{\"statedOn\",\"speaker\",\"kind\",\"text\",\"sourceUrl\"}", CaStatement::new,
            (s, issue) -> s.issue = issue, s -> s.version, StatementInput::version, StatementInput::withVersion,
            (statement, input) -> {
                StatementKind kind = Inputs.code("kind", input.kind(), StatementKind::fromCode, STATEMENT_KINDS);
                statement.statedOn = Inputs.blankToNull(input.statedOn());
                statement.speaker = Inputs.blankToNull(input.speaker());
                statement.kind = kind == null ? StatementKind.SUMMARY : kind;
                statement.text = input.text().strip();
                statement.sourceUrl = Inputs.blankToNull(input.sourceUrl());
            });

    public static final IssuePart<IssueReference, ReferenceInput> REFERENCE = new IssuePart<>("reference", "references",
            IssueReference.class, "{\"kind\",\"title\",\"url\",\"publishedOn\"}", IssueReference::new,
            (r, issue) -> r.issue = issue, r -> r.version, ReferenceInput::version, ReferenceInput::withVersion,
            (reference, input) -> {
                ReferenceKind kind = Inputs.code("kind", input.kind(), ReferenceKind::fromCode, REFERENCE_KINDS);
                reference.kind = kind == null ? ReferenceKind.OTHER : kind;
                reference.title = input.title().strip();
                reference.url = Inputs.blankToNull(input.url());
                reference.publishedOn = Inputs.blankToNull(input.publishedOn());
            });

    public static final IssuePart<IssueCredit, CreditInput> CREDIT = new IssuePart<>("credit", "credits",
            IssueCredit.class, "{\"person\",\"contribution\"}", IssueCredit::new,
            (c, issue) -> c.issue = issue, c -> c.version, CreditInput::version, CreditInput::withVersion,
            (credit, input) -> {
                credit.person = input.person().strip();
                credit.contribution = Inputs.blankToNull(input.contribution());
            });

    /** The same input said to be made against {@code version} (null: whatever is current). */
    public I at(I input, Long version) {
        return withVersion.apply(input, version);
    }
}
