package docket.catalog;

import java.nio.file.Path;

/** One manifest line: a file to import as a document of a member of a party (the party may be blank). */
record ManifestRow(long number, String party, String member, String document, Path path) {

    String label() {
        return (party.isBlank() ? "" : party + " / ") + member + " / " + document;
    }
}
