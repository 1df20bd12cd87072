package docket.catalog;

import docket.events.PagesImported;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.HashSet;

/** Adds one imported document with its pages, its member and party, in one transaction that publishes it. */
@Singleton
class CatalogWriter {

    private final PartyRepository parties;
    private final MemberRepository members;
    private final DocumentRepository documents;
    private final PageRepository pages;
    private final ApplicationEventPublisher<PagesImported> events;

    CatalogWriter(PartyRepository parties, MemberRepository members, DocumentRepository documents, PageRepository pages,
                  ApplicationEventPublisher<PagesImported> events) {
        this.parties = parties;
        this.members = members;
        this.documents = documents;
        this.pages = pages;
        this.events = events;
    }

    @Transactional
    RowResult add(ManifestRow row, Source source, List<StoredPage> rendered) {
        Instant started = Instant.now();
        var existing = documents.findBySourceHash(source.hash());
        if (existing.isPresent()) {
            return alreadyImported(row, existing.get().id());
        }
        Long partyId = row.party().isBlank() ? null : partyOf(row.party()).id();
        Member member = memberOf(row.member(), partyId);
        if (partyId != null && !partyId.equals(member.partyId())) {
            return RowResult.failed(row, "member " + member.name() + " already belongs to "
                    + (member.partyId() == null ? "no party" : "party " + parties.findById(member.partyId()).map(Party::name).orElse("?")));
        }
        // Pages whose image is already in the corpus (here or in another document) are not added twice.
        Set<String> known = new HashSet<>(pages.findExistingHashes(rendered.stream().map(StoredPage::hash).toList()));
        Map<String, StoredPage> fresh = new LinkedHashMap<>();
        rendered.stream().filter(p -> !known.contains(p.hash())).forEach(p -> fresh.putIfAbsent(p.hash(), p));
        if (fresh.isEmpty()) {
            return new RowResult(row.number(), row.label(), RowResult.Outcome.ALREADY_IMPORTED, 0, null,
                    "all " + rendered.size() + " pages are already imported (same content)");
        }
        Document document = documents.save(new Document(null, member.id(), row.document(), source.hash(),
                source.path().getFileName().toString()));
        pages.saveAll(fresh.values().stream()
                .map(p -> new Page(null, document.id(), p.number(), p.hash(), p.type(), p.width(), p.height()))
                .toList());
        events.publishEvent(new PagesImported(document.id(), started));
        int duplicates = rendered.size() - fresh.size();
        return new RowResult(row.number(), row.label(), RowResult.Outcome.IMPORTED, fresh.size(), document.id(),
                fresh.size() + " pages" + (duplicates == 0 ? "" : ", " + duplicates + " duplicate pages left out"));
    }

    @Transactional
    RowResult alreadyImportedOrNull(ManifestRow row, Source source) {
        return documents.findBySourceHash(source.hash()).map(d -> alreadyImported(row, d.id())).orElse(null);
    }

    private static RowResult alreadyImported(ManifestRow row, Long documentId) {
        return new RowResult(row.number(), row.label(), RowResult.Outcome.ALREADY_IMPORTED, 0, documentId,
                "same file already imported as document " + documentId);
    }

    private Party partyOf(String name) {
        String slug = Slugs.of(name);
        return parties.findBySlug(slug).orElseGet(() -> parties.save(new Party(null, slug, name)));
    }

    private Member memberOf(String name, Long partyId) {
        String slug = Slugs.of(name);
        return members.findBySlug(slug).orElseGet(() -> members.save(new Member(null, partyId, slug, name)));
    }
}
