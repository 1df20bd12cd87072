package docket.results;

import java.util.Arrays;
import java.util.Optional;

/** What a tag list is narrowed to, named by the path segment that introduces it: {@code /members/jane-doe/tags/receipt}. */
public enum ListScope {
    ALL(""), PARTY("parties"), MEMBER("members"), DOCUMENT("documents"), ASSIGNMENT("assignments"), REVIEWER("reviewers");

    private final String segment;

    ListScope(String segment) {
        this.segment = segment;
    }

    public String segment() {
        return segment;
    }

    static Optional<ListScope> bySegment(String segment) {
        return Arrays.stream(values()).filter(s -> s != ALL && s.segment.equals(segment)).findFirst();
    }
}
