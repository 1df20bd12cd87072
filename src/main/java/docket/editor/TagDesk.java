package docket.editor;

import docket.tag.Tag;
import docket.tag.TagRepository;
import docket.web.NotFound;
import docket.web.Problem;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

/**
 * Editors' changes to the tag set, from the desk and the API alike, each one audited. A retired tag
 * stays on old reviews and in results; the review screen simply stops offering it.
 */
@Singleton
class TagDesk {

    private final TagRepository tags;
    private final Audit audit;

    TagDesk(TagRepository tags, Audit audit) {
        this.tags = tags;
        this.audit = audit;
    }

    @Serdeable
    record NewTag(String slug, String name, @Nullable String description, @Nullable Integer position) {
    }

    /** What to change; absent fields stay as they are. */
    @Serdeable
    record TagChange(@Nullable String name, @Nullable String description, @Nullable Integer position,
                     @Nullable Boolean active) {
    }

    @Transactional
    Tag create(String editor, NewTag request) {
        String slug = request.slug() == null ? "" : request.slug().trim();
        if (!slug.matches("[a-z0-9][a-z0-9-]{0,59}")) {
            throw Problem.unprocessable("A tag's slug is 1-60 lower-case letters, digits and dashes, like \"luxury-item\".");
        }
        if (tags.findBySlug(slug).isPresent()) {
            throw Problem.conflict("There is already a tag " + slug + ".");
        }
        Tag tag = tags.save(valid(new Tag(null, slug, trimmed(request.name()), trimmed(request.description()),
                request.position() == null ? nextPosition() : request.position(), true)));
        audit.record(editor, "tag.create", "tag", slug, null, tag);
        return tag;
    }

    @Transactional
    Tag change(String editor, String slug, TagChange change) {
        Tag before = tags.findBySlug(slug).orElseThrow(() -> NotFound.of("tag", slug));
        Tag after = tags.update(valid(new Tag(before.id(), before.slug(),
                change.name() == null ? before.name() : trimmed(change.name()),
                change.description() == null ? before.description() : trimmed(change.description()),
                change.position() == null ? before.position() : change.position(),
                change.active() == null ? before.active() : change.active())));
        audit.record(editor, after.active() == before.active() ? "tag.update" : after.active() ? "tag.restore" : "tag.retire",
                "tag", slug, before, after);
        return after;
    }

    private int nextPosition() {
        return tags.findAllOrderByPosition().stream().mapToInt(Tag::position).max().orElse(0) + 1;
    }

    private static Tag valid(Tag tag) {
        if (tag.name().isEmpty() || tag.name().length() > 100) {
            throw Problem.unprocessable("A tag needs a name of at most 100 characters.");
        }
        if (tag.description().length() > 500) {
            throw Problem.unprocessable("A tag's description is at most 500 characters.");
        }
        return tag;
    }

    private static String trimmed(@Nullable String value) {
        return value == null ? "" : value.trim();
    }
}
