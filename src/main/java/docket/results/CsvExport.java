package docket.results;

import io.micronaut.core.annotation.Nullable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import reactor.core.publisher.Flux;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * A list as CSV (Commons CSV), streamed: one keyset batch is read and written at a time, as the
 * client takes it, so a million-row export holds a thousand rows in memory, not a million. The
 * header comes with the first batch, so an empty list is just the header.
 *
 * <p>Names and titles come from imported files and uploads, so a text cell that a spreadsheet would
 * read as a formula ({@code =HYPERLINK(…)}, {@code +1+1}, {@code @SUM(1)}) gets OWASP's leading
 * single quote; numbers stay numbers.
 */
final class CsvExport {

    static final String[] HEADER = {"page_id", "page_number", "page_url", "image_url", "document_id", "document_title",
            "member_slug", "member_name", "party_slug", "party_name", "tag", "count", "first_tagged_at"};

    private CsvExport() {
    }

    static Flux<String> of(TagLists lists, TagList list, ListOrder order, @Nullable String after, String base) {
        return lists.batches(list, order, after).index()
                .map(batch -> rows(batch.getT1() == 0, list, batch.getT2(), base));
    }

    private static String rows(boolean header, TagList list, List<ListedPage> items, String base) {
        StringBuilder out = new StringBuilder();
        CSVFormat format = header ? CSVFormat.DEFAULT.builder().setHeader(HEADER).get() : CSVFormat.DEFAULT;
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            for (ListedPage page : items) {
                printer.printRecord(page.id(), page.number(), base + "/pages/" + page.id(), base + page.imageUrl(),
                        page.documentId(), text(page.documentTitle()), text(page.memberSlug()), text(page.memberName()),
                        text(page.partySlug()), text(page.partyName()), text(list.tagSlug()), page.count(), page.firstTaggedAt());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** OWASP's rule for CSV injection: a cell starting with = + - @ tab or CR is prefixed with {@code '}. */
    static String text(@Nullable String cell) {
        return cell != null && !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }
}
