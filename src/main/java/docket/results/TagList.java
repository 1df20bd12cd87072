package docket.results;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

/**
 * A resolved list: the pages with one tag, narrowed to a party, member, document, assignment or
 * reviewer ({@code scopeId}, shown as {@code scopeName}) or to nothing ({@link ListScope#ALL}).
 */
@Introspected
public record TagList(ListScope scope, @Nullable String scopeKey, long scopeId, @Nullable String scopeName,
                      long tagId, String tagSlug, String tagName) {

    /** The list's path, e.g. {@code /members/jane-doe/tags/receipt}; HTML under it, the API under {@code /api…/pages}. */
    public String path() {
        return (scope == ListScope.ALL ? "" : "/" + scope.segment() + "/" + scopeKey) + "/tags/" + tagSlug;
    }

    public String apiPath() {
        return "/api" + path() + "/pages";
    }

    public String title() {
        return scopeName == null ? "Pages tagged " + tagName : tagName + " · " + scopeName;
    }

    /** The page that shows the scope itself (a party, a member, a document), or null. */
    public String scopePath() {
        return switch (scope) {
            case PARTY, MEMBER, DOCUMENT -> "/" + scope.segment() + "/" + scopeKey;
            default -> null;
        };
    }
}
