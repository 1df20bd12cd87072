package docket.editor;

import docket.catalog.ImportFailure;
import docket.catalog.ImportProgress;
import docket.catalog.ImportReport;
import docket.catalog.Importer;
import docket.catalog.Manifest;
import docket.catalog.Slugs;
import docket.web.Problem;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.apache.commons.csv.CSVPrinter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.stream.Stream;

/**
 * Uploaded PDFs become documents of one member through the same import as {@code tools/import}: they
 * are stored with a manifest while the request lasts, then imported. The desk imports in the
 * background and shows progress; the API answers when the import is done. Progress is kept in memory
 * for the last {@value #KEPT} uploads: after a restart the documents are there, their progress page is not.
 */
@Singleton
class Uploads {

    private static final Logger LOG = LoggerFactory.getLogger(Uploads.class);
    private static final int KEPT = 50;

    private final Importer importer;
    private final Audit audit;
    private final TransactionOperations<Connection> transactions;
    private final ExecutorService executor;
    private final Map<String, Upload> recent = Collections.synchronizedMap(new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Upload> eldest) {
            return size() > KEPT;
        }
    });

    Uploads(Importer importer, Audit audit, TransactionOperations<Connection> transactions,
            @Named(TaskExecutors.BLOCKING) ExecutorService executor) {
        this.importer = importer;
        this.audit = audit;
        this.transactions = transactions;
        this.executor = executor;
    }

    /** Files stored for an import: a folder with the PDFs and their manifest. */
    record Staged(Path dir, Path manifest, String member, int files) {
    }

    Staged stage(@Nullable String party, @Nullable String member, List<CompletedFileUpload> files) {
        if (member == null || member.isBlank()) {
            throw Problem.unprocessable("Name the member the documents belong to.");
        }
        if (files.isEmpty()) {
            throw Problem.unprocessable("Choose at least one PDF to upload.");
        }
        List<String> names = files.stream().map(file -> fileName(file.getFilename())).toList();
        for (String name : names) {
            String tooLong = Manifest.namesTooLong(party == null ? null : party.trim(), member.trim(), title(name));
            if (tooLong != null) {
                throw Problem.unprocessable("Nothing was imported: " + tooLong + ".");
            }
        }
        Path dir = null;
        try {
            dir = Files.createTempDirectory("docket-upload");
            Path manifest = dir.resolve("manifest.csv");
            try (CSVPrinter csv = Manifest.create(manifest)) {
                int n = 0;
                for (CompletedFileUpload file : files) {
                    String name = names.get(n);
                    // Short enough for any file system, whatever the browser sent.
                    String safe = name.replaceAll("[^A-Za-z0-9._-]", "_");
                    Path saved = dir.resolve((++n) + "-" + safe.substring(Math.max(0, safe.length() - 100)));
                    Files.copy(file.getInputStream(), saved);
                    csv.printRecord(party == null ? "" : party.trim(), member.trim(), title(name), saved.getFileName());
                }
            }
            return new Staged(dir, manifest, member.trim(), files.size());
        } catch (IOException e) {
            deleteQuietly(dir);
            throw new UncheckedIOException("Could not store the uploaded files", e);
        }
    }

    /** The file's own name as the browser sent it, without any folder; refused when there is none to use. */
    private static String fileName(String sent) {
        String name = sent.substring(Math.max(sent.lastIndexOf('/'), sent.lastIndexOf('\\')) + 1).strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..") || sent.chars().anyMatch(Character::isISOControl)) {
            throw Problem.unprocessable("Nothing was imported: the file name '" + sent.replaceAll("\\p{Cntrl}", "?")
                    + "' cannot be used. Rename the file and upload it again.");
        }
        return name;
    }

    private static String title(String fileName) {
        return fileName.replaceAll("(?i)\\.pdf$", "");
    }

    /** Imports in the background; the returned upload reports its progress. */
    Upload start(String editor, Staged staged) {
        Upload upload = new Upload(UUID.randomUUID().toString(), staged.member(), staged.files());
        recent.put(upload.id(), upload);
        executor.execute(() -> {
            try {
                upload.finished(run(editor, staged, upload));
            } catch (RuntimeException e) {
                LOG.error("Upload {} failed", upload.id(), e);
                upload.failed(e instanceof Problem ? e.getMessage() : "The import stopped with an unexpected error; the server's log has the details.");
            }
        });
        return upload;
    }

    /**
     * One transaction, for the desk's background imports as for the API's: the documents and their audit
     * entry are written together or not at all.
     */
    ImportReport run(String editor, Staged staged, ImportProgress progress) {
        try {
            return transactions.executeWrite(status -> {
                ImportReport report = importManifest(staged, progress);
                audit.record(editor, "documents.upload", "member", Slugs.of(staged.member()), null, report.summary());
                return report;
            });
        } finally {
            deleteQuietly(staged.dir());
        }
    }

    private ImportReport importManifest(Staged staged, ImportProgress progress) {
        try {
            return importer.importManifest(staged.manifest(), progress);
        } catch (ImportFailure e) {
            throw Problem.unprocessable(e.getMessage());
        }
    }

    Optional<Upload> find(String id) {
        return Optional.ofNullable(recent.get(id));
    }

    private static void deleteQuietly(@Nullable Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A leftover temporary folder is harmless.
        }
    }
}
