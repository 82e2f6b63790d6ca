package org.casebook.issue.rest;

import io.quarkus.qute.TemplateExtension;
import java.util.List;
import org.casebook.issue.Issue;
import org.casebook.issue.IssueComment;

/** What the issue page's editing section reads from an issue without widening the page's parameters. */
@TemplateExtension
public class IssueTemplateExtensions {

    static List<IssueComment> comments(Issue issue) {
        return IssueComment.forIssue(issue);
    }
}
