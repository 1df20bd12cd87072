package docket.editor;

import docket.catalog.CatalogQueries;
import docket.community.Discovery;
import docket.community.DiscoveryRepository;
import docket.review.Reviewer;
import docket.review.ReviewerRepository;
import docket.web.NotFound;
import docket.web.Problem;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;

/**
 * Editors promote pages to discoveries. The credit goes to the reviewer who first flagged the page
 * "investigate this" unless the editor names someone else; every change is audited.
 */
@Singleton
class DiscoveryDesk {

    private final DiscoveryRepository discoveries;
    private final CatalogQueries catalog;
    private final ReviewerRepository reviewers;
    private final Audit audit;

    DiscoveryDesk(DiscoveryRepository discoveries, CatalogQueries catalog, ReviewerRepository reviewers, Audit audit) {
        this.discoveries = discoveries;
        this.catalog = catalog;
        this.reviewers = reviewers;
        this.audit = audit;
    }

    /** A new discovery, or the fields to change (absent fields stay as they are). */
    @Serdeable
    record Request(@Nullable Long page, @Nullable String headline, @Nullable String note, @Nullable String credit,
                   @Nullable Boolean published) {
    }

    Discovery promote(String editor, Request request) {
        if (request.page() == null || catalog.page(request.page()).isEmpty()) {
            throw Problem.unprocessable("There is no page " + request.page() + ".");
        }
        if (discoveries.findByPageId(request.page()).isPresent()) {
            throw Problem.conflict("Page " + request.page() + " is a discovery already.");
        }
        Long credit = request.credit() == null || request.credit().isBlank()
                ? discoveries.firstFlaggedBy(request.page()).orElse(null) : reviewerNamed(request.credit());
        Long editorId = reviewers.findByName(editor).map(Reviewer::id).orElse(null);
        Discovery discovery = discoveries.save(valid(new Discovery(null, request.page(), trimmed(request.headline()),
                trimmed(request.note()), credit, editorId, request.published() == null || request.published())));
        audit.record(editor, "discovery.create", "discovery", String.valueOf(discovery.id()), null, discovery);
        return discovery;
    }

    Discovery change(String editor, long id, Request request) {
        Discovery before = discoveries.findById(id).orElseThrow(() -> NotFound.of("discovery", id));
        Discovery after = discoveries.update(valid(new Discovery(before.id(), before.pageId(),
                request.headline() == null ? before.headline() : trimmed(request.headline()),
                request.note() == null ? before.note() : trimmed(request.note()),
                request.credit() == null ? before.creditedReviewerId() : reviewerNamed(request.credit()),
                before.createdBy(), request.published() == null ? before.published() : request.published())));
        audit.record(editor, before.published() && !after.published() ? "discovery.unpublish" : "discovery.update",
                "discovery", String.valueOf(id), before, after);
        return after;
    }

    private Long reviewerNamed(String name) {
        return reviewers.findByName(name.trim()).map(Reviewer::id)
                .orElseThrow(() -> Problem.unprocessable("There is no reviewer " + name + " to credit."));
    }

    private static Discovery valid(Discovery discovery) {
        if (discovery.headline().isEmpty() || discovery.headline().length() > 200) {
            throw Problem.unprocessable("A discovery needs a headline of at most 200 characters.");
        }
        return discovery;
    }

    private static String trimmed(@Nullable String value) {
        return value == null ? "" : value.trim();
    }
}
