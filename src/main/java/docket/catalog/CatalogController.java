package docket.catalog;

import docket.community.DiscoveryRepository;
import docket.community.DiscoveryView;
import docket.community.Leader;
import docket.community.Leaderboards;
import docket.web.NotFound;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.View;

import java.util.List;

/** Browsing the corpus: parties, a party's members, a member's documents, a document's pages, a page. */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class CatalogController {

    private final CatalogQueries catalog;
    private final DiscoveryRepository discoveries;
    private final Leaderboards leaderboards;

    CatalogController(CatalogQueries catalog, DiscoveryRepository discoveries, Leaderboards leaderboards) {
        this.catalog = catalog;
        this.discoveries = discoveries;
        this.leaderboards = leaderboards;
    }

    @Introspected
    record PartiesView(List<PartySummary> parties, List<MemberSummary> withoutParty) {
    }

    @Introspected
    record PartyView(Party party, List<MemberSummary> members, List<DiscoveryView> discoveries, List<Leader> leaders) {
    }

    @Introspected
    record MemberView(MemberHeading member, List<DocumentSummary> documents, List<DiscoveryView> discoveries,
                      List<Leader> leaders) {
    }

    @Introspected
    record DocumentView(DocumentDetail document, List<PageSummary> pages) {
    }

    @Introspected
    record PageView(PageDetail page) {
    }

    @View("catalog/parties")
    @Get("/parties")
    PartiesView parties() {
        return new PartiesView(catalog.parties(), catalog.membersOfParty(null));
    }

    @View("catalog/party")
    @Get("/parties/{slug}")
    PartyView party(String slug) {
        Party party = catalog.findBySlug(slug).orElseThrow(() -> NotFound.of("party", slug));
        return new PartyView(party, catalog.membersOfParty(party.id()), discoveries.ofParty(slug), leaderboards.ofParty(party.id()));
    }

    @View("catalog/member")
    @Get("/members/{slug}")
    MemberView member(String slug) {
        MemberHeading member = catalog.member(slug).orElseThrow(() -> NotFound.of("member", slug));
        return new MemberView(member, catalog.documentsOfMember(slug), discoveries.ofMember(slug),
                leaderboards.ofMember(member.id()));
    }

    @View("catalog/document")
    @Get("/documents/{id}")
    DocumentView document(long id) {
        DocumentDetail document = catalog.document(id).orElseThrow(() -> NotFound.of("document", id));
        return new DocumentView(document, catalog.pagesOfDocument(id));
    }

    @View("catalog/page")
    @Get("/pages/{id}")
    PageView page(long id) {
        return new PageView(catalog.page(id).orElseThrow(() -> NotFound.of("page", id)));
    }
}
