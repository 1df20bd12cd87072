package docket.catalog;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A page as the JSON API shows it. */
@Serdeable
public record PageJson(long id, int number, String imageUrl, DocumentRef document, MemberRef member, @Nullable PartyRef party) {

    @Serdeable
    public record DocumentRef(long id, String title) {
    }

    @Serdeable
    public record MemberRef(String slug, String name) {
    }

    @Serdeable
    public record PartyRef(String slug, String name) {
    }

    public static PageJson of(PageDetail page) {
        return new PageJson(page.id(), page.number(), page.imageUrl(),
                new DocumentRef(page.documentId(), page.documentTitle()),
                new MemberRef(page.memberSlug(), page.memberName()),
                page.partySlug() == null ? null : new PartyRef(page.partySlug(), page.partyName()));
    }
}
