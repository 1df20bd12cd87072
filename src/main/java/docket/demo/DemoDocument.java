package docket.demo;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;

/** One PDF of the corpus, fully drawn from the seed before anything is rendered. */
sealed interface DemoDocument permits ClaimForm, Receipts, Letter {

    /** Unique across the corpus and printed on every page, which keeps every page image unique. */
    String reference();

    String title();

    String fileName();

    LocalDate date();

    int pageCount();

    /** What a careful reviewer tags the page (0-based) with, from the demo's default tag set. */
    List<String> tags(int page);

    void render(PDDocument pdf) throws IOException;
}
