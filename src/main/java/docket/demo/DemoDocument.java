package docket.demo;

import java.io.IOException;
import java.time.LocalDate;
import org.apache.pdfbox.pdmodel.PDDocument;

/** One PDF of the corpus, fully drawn from the seed before anything is rendered. */
sealed interface DemoDocument permits ClaimForm, Receipts, Letter {

    /** Unique across the corpus and printed on every page, which keeps every page image unique. */
    String reference();

    String title();

    String fileName();

    LocalDate date();

    int pageCount();

    void render(PDDocument pdf) throws IOException;
}
