package docket.browse;

import docket.catalog.CatalogQueries;
import docket.catalog.DocumentDetail;
import docket.catalog.MemberHeading;
import docket.catalog.MemberSummary;
import docket.catalog.OwnedTagCount;
import docket.catalog.PageDetail;
import docket.catalog.PageSummary;
import docket.catalog.Party;
import docket.catalog.PartySummary;
import docket.catalog.TagCount;
import docket.community.DiscoveryRepository;
import docket.community.DiscoveryView;
import docket.community.Leader;
import docket.community.Leaderboards;
import docket.review.ReviewQueries;
import docket.web.NotFound;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.View;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Browsing the corpus: parties, a party's members, a member's documents, a document's pages, a page. */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class CatalogController {

    private final CatalogQueries catalog;
    private final DiscoveryRepository discoveries;
    private final Leaderboards leaderboards;
    private final ReviewQueries reviews;

    CatalogController(CatalogQueries catalog, DiscoveryRepository discoveries, Leaderboards leaderboards,
                      ReviewQueries reviews) {
        this.catalog = catalog;
        this.discoveries = discoveries;
        this.leaderboards = leaderboards;
        this.reviews = reviews;
    }

    @Introspected
    record PartiesView(List<PartySummary> parties, List<MemberSummary> withoutParty) {
    }

    @Introspected
    record PartyView(Party party, List<TagCount> tags, List<MemberWithTags> members, List<DiscoveryView> discoveries,
                     List<Leader> leaders) {
    }

    @Introspected
    record MemberView(MemberHeading member, List<TagCount> tags, List<DocumentWithTags> documents,
                      List<DiscoveryView> discoveries, List<Leader> leaders) {
    }

    @Introspected
    record DocumentView(DocumentDetail document, List<TagCount> tags, List<PageSummary> pages) {
    }

    /** {@code tallies}: how many reviewers gave each tag; {@code counts}: reviewers, skips and "investigate this". */
    @Introspected
    record PageView(PageDetail page, List<TagCount> tallies, ReviewQueries.Counts counts,
                    @Nullable DiscoveryView discovery) {
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
        Map<Long, List<TagCount>> tags = byOwner(catalog.tagsOfMembersOfParty(party.id()));
        List<MemberWithTags> members = catalog.membersOfParty(party.id()).stream()
                .map(m -> new MemberWithTags(m, tags.getOrDefault(m.id(), List.of()))).toList();
        return new PartyView(party, catalog.tagsOfParty(party.id()), members, discoveries.ofParty(slug),
                leaderboards.ofParty(party.id()));
    }

    @View("catalog/member")
    @Get("/members/{slug}")
    MemberView member(String slug) {
        MemberHeading member = catalog.member(slug).orElseThrow(() -> NotFound.of("member", slug));
        Map<Long, List<TagCount>> tags = byOwner(catalog.tagsOfDocumentsOfMember(member.id()));
        List<DocumentWithTags> documents = catalog.documentsOfMember(slug).stream()
                .map(d -> new DocumentWithTags(d, tags.getOrDefault(d.id(), List.of()))).toList();
        return new MemberView(member, catalog.tagsOfMember(member.id()), documents, discoveries.ofMember(slug),
                leaderboards.ofMember(member.id()));
    }

    @View("catalog/document")
    @Get("/documents/{id}")
    DocumentView document(long id) {
        DocumentDetail document = catalog.document(id).orElseThrow(() -> NotFound.of("document", id));
        return new DocumentView(document, catalog.tagsOfDocument(id), catalog.pagesOfDocument(id));
    }

    @View("catalog/page")
    @Get("/pages/{id}")
    PageView page(long id) {
        PageDetail page = catalog.page(id).orElseThrow(() -> NotFound.of("page", id));
        return new PageView(page, reviews.tallies(id), reviews.counts(id), discoveries.publishedOn(id).orElse(null));
    }

    /** The tag counts of each member or document, read for all of them at once, in the order of the rows. */
    private static Map<Long, List<TagCount>> byOwner(List<OwnedTagCount> rows) {
        return rows.stream().collect(Collectors.groupingBy(OwnedTagCount::owner, LinkedHashMap::new,
                Collectors.mapping(row -> new TagCount(row.slug(), row.name(), row.count()), Collectors.toList())));
    }
}
