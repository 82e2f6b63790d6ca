package org.casebook.issue;

import io.quarkus.qute.TemplateGlobal;
import java.util.List;

/** The fixed choices the issue forms offer in their select boxes. */
@TemplateGlobal
public class IssueChoices {
    static List<IssueStatus> issueStatuses = List.of(IssueStatus.values());
    static List<IssueCategory> issueCategories = List.of(IssueCategory.values());
    static List<StatementKind> statementKinds = List.of(StatementKind.values());
    static List<ReferenceKind> referenceKinds = List.of(ReferenceKind.values());
    static List<DiscoveredBy> discoveries = List.of(DiscoveredBy.values());
}
