package docket.catalog;

import docket.web.NotFound;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The corpus as JSON: the parties with their members, and a member with their documents. */
@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
class CatalogApiController {

    /** The name of the last entry of {@code GET /api/parties}, as on the parties page. */
    static final String WITHOUT_PARTY = "Members without a party";

    private final CatalogQueries catalog;

    CatalogApiController(CatalogQueries catalog) {
        this.catalog = catalog;
    }

    /** A party and its members; the entry of the members without a party has no {@code slug}. */
    @Serdeable
    record PartyJson(@Nullable String slug, String name, List<PageJson.MemberRef> members) {

        /** The rows grouped by party, in their order. */
        static List<PartyJson> of(List<PartyMember> rows) {
            Map<String, PartyJson> parties = new LinkedHashMap<>();
            for (PartyMember row : rows) {
                PartyJson party = parties.computeIfAbsent(row.partySlug() == null ? "" : row.partySlug(),
                        key -> new PartyJson(row.partySlug(), row.partySlug() == null ? WITHOUT_PARTY : row.partyName(),
                                new ArrayList<>()));
                if (row.slug() != null) {
                    party.members().add(new PageJson.MemberRef(row.slug(), row.name()));
                }
            }
            return List.copyOf(parties.values());
        }
    }

    @Serdeable
    record DocumentJson(long id, String title, long pages) {
    }

    /** A member; {@code party} is absent for a member without a party. */
    @Serdeable
    record MemberJson(String slug, String name, @Nullable PageJson.PartyRef party, List<DocumentJson> documents) {

        static MemberJson of(MemberHeading member, List<DocumentSummary> documents) {
            return new MemberJson(member.slug(), member.name(),
                    member.partySlug() == null ? null : new PageJson.PartyRef(member.partySlug(), member.partyName()),
                    documents.stream().map(d -> new DocumentJson(d.id(), d.title(), d.pages())).toList());
        }
    }

    @Get("/parties")
    List<PartyJson> parties() {
        return PartyJson.of(catalog.partyMembers());
    }

    @ApiResponse(responseCode = "404", description = "No member of that slug.")
    @Get("/members/{slug}")
    MemberJson member(String slug) {
        MemberHeading member = catalog.member(slug).orElseThrow(() -> NotFound.of("member", slug));
        return MemberJson.of(member, catalog.documentsOfMember(slug));
    }
}
