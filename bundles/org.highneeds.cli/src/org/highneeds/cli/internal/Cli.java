package org.highneeds.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.function.Supplier;

import org.highneeds.data.TableSummary;
import org.highneeds.data.WorkspaceDatabase;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.highneeds.data.WorkspaceDatabaseException;
import org.highneeds.model.edit.ModelLabels;
import org.highneeds.model.persistence.AreaModelException;
import org.highneeds.model.persistence.AreaModelStore;
import org.highneeds.model.persistence.LoadResult;
import org.highneeds.model.persistence.LoadWarning;
import org.highneeds.model.validation.AreaModelValidator;
import org.highneeds.model.validation.ModelValidation;
import org.highneeds.data.downloads.DatasetDownloader;
import org.highneeds.data.downloads.DownloadException;
import org.highneeds.data.downloads.DownloadedFile;
import org.highneeds.data.imports.DatasetCatalog;
import org.highneeds.data.imports.DatasetDescriptor;
import org.highneeds.data.imports.ImportException;
import org.highneeds.data.imports.ImportResult;
import org.highneeds.data.imports.ImportService;
import org.highneeds.sql.SqlCommand;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The commands of {@code ./highneeds cli}. Exit codes: 0 success, 1 user error (one line on stderr),
 * 2 internal error.
 */
public final class Cli {

    /** Exit code of a command that worked. */
    public static final int OK = 0;
    /** Exit code of a command the user got wrong or that met a condition the user can fix. */
    public static final int USER_ERROR = 1;
    /** Exit code of a failure inside the workbench. */
    public static final int INTERNAL_ERROR = 2;

    private final PrintStream out;
    private final PrintStream err;
    private final Supplier<Path> workspace;

    /** Creates the command line over the given streams and workspace folder. */
    public Cli(PrintStream out, PrintStream err, Supplier<Path> workspace) {
        this.out = out;
        this.err = err;
        this.workspace = workspace;
    }

    /** Runs the command in {@code args} and returns its exit code. */
    public int run(String[] args) {
        if (args.length == 0) {
            printHelp();
            return USER_ERROR;
        }
        String command = args[0];
        List<String> rest = List.of(args).subList(1, args.length);
        try {
            return switch (command) {
                case "help", "--help", "-h" -> {
                    printHelp();
                    yield OK;
                }
                case "version", "--version" -> version();
                case "tables" -> tables(rest);
                case "sql" -> sql(rest);
                case "import" -> importFiles(rest);
                case "datasets" -> datasets(rest);
                case "download" -> download(rest);
                case "area" -> area(rest);
                case "benchmark" -> new BenchmarkCommand(out, err, workspace).run(rest);
                default -> userError("unknown command '" + command + "'; run 'highneeds cli help' for the list of commands");
            };
        } catch (UsageException e) {
            return userError(e.getMessage());
        } catch (WorkspaceDatabaseException e) {
            return userError(e.getMessage());
        } catch (RuntimeException | SQLException e) {
            err.println("highneeds: internal error: " + e);
            e.printStackTrace(err);
            return INTERNAL_ERROR;
        }
    }

    private int userError(String message) {
        err.println("highneeds: " + message);
        return USER_ERROR;
    }

    private void printHelp() {
        out.println("""
                High Needs Workbench command line

                Usage: highneeds cli <command> [options]

                Commands:
                  help                        show this help
                  version                     show the versions of the workbench, Java and DuckDB
                  tables [--schema S] [--format F]
                                              list the workspace database's tables with row counts
                                              (F: table, csv or json; default table)
                  import [--as ID] FILE|FOLDER...
                                              import published files (folders: every file in them); each file is
                                              one transaction, recognised automatically or forced with --as
                  datasets [--format F]       the dataset catalogue and what has been imported (provenance)
                  download DATASET [--from URL...]
                                              fetch the publisher's current files of a dataset into
                                              WORKSPACE/downloads and import them (--from: other addresses,
                                              e.g. a mirror on the council network)
                  area validate FILE.xmi      check a local area model (placements, contracts, provision, ...)
                                              and list every problem with its object and field
                  area create --la CODE       build the local area of an LA (e.g. 302) from the imported data
                                              (GIAS, SEN2, statistical neighbours) as a project in the workspace,
                                              and say which datasets were missing
                  benchmark --la CODE --indicator ID [--from Y] [--to Y] [--group sn|region|type|england|CODES]
                                              an indicator for an LA, its comparators, their mean and England by
                                              year, with changes, bands and ranks (--format table|csv|json,
                                              --xlsx FILE; --profile: all indicators; --list: the indicators)
                  sql [options] "<query>"     run SQL on the workspace database and print the result
                  sql [options] -f file.sql   run a script, statement by statement (sql --help for options)

                Options of the launcher: --workspace DIR chooses the workspace (default ~/highneeds-workspace).
                Exit codes: 0 success, 1 user error, 2 internal error.""");
    }

    private int version() throws WorkspaceDatabaseException, SQLException {
        Bundle self = FrameworkUtil.getBundle(Cli.class);
        out.println("High Needs Workbench " + (self == null ? "(unknown)" : self.getVersion()));
        out.println("Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")");
        try (WorkspaceDatabase db = WorkspaceDatabase.open(workspace.get())) {
            out.println("DuckDB " + db.engineVersion());
            out.println("Workspace database " + db.file());
        }
        return OK;
    }

    private int importFiles(List<String> args) throws WorkspaceDatabaseException, UsageException {
        String forced = null;
        List<Path> given = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--as") && i + 1 < args.size()) {
                forced = args.get(++i);
            } else if (a.startsWith("-")) {
                throw new UsageException("import: unknown option '" + a + "' (usage: import [--as ID] FILE|FOLDER...)");
            } else {
                given.add(Path.of(a));
            }
        }
        if (given.isEmpty()) {
            throw new UsageException("import: name the files or folders to import (usage: import [--as ID] FILE|FOLDER...)");
        }
        DatasetCatalog catalog = DatasetCatalog.fromExtensions();
        catalog.problems().forEach(p -> err.println("highneeds: warning: " + p));
        if (forced != null && catalog.dataset(forced).isEmpty()) {
            throw new UsageException("import: no dataset with id '" + forced + "'; 'highneeds cli datasets' lists them");
        }
        List<Path> files = new ArrayList<>();
        for (Path p : given) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> listing = Files.list(p)) {
                    for (Path f : listing.filter(Files::isRegularFile).sorted().toList()) {
                        String name = f.getFileName().toString();
                        if (name.startsWith(".")) {
                            continue;
                        }
                        if (name.toLowerCase(Locale.ROOT).endsWith(".md") || name.toLowerCase(Locale.ROOT).endsWith(".txt")) {
                            out.println(f + ": skipped (a note, not a data file)");
                            continue;
                        }
                        files.add(f);
                    }
                } catch (IOException e) {
                    throw new UsageException("import: cannot list the folder " + p + ": " + e.getMessage());
                }
            } else if (Files.isRegularFile(p)) {
                files.add(p);
            } else {
                throw new UsageException("import: no such file or folder: " + p);
            }
        }
        int failed = 0;
        try (WorkspaceDatabase db = WorkspaceDatabase.open(workspace.get()); Connection c = db.connect()) {
            ImportService service = new ImportService(c, catalog.importers());
            for (Path f : files) {
                try {
                    ImportResult result = service.importFile(f, forced, new NullProgressMonitor());
                    out.println(result.describe());
                    for (String warning : result.warnings()) {
                        out.println("  warning: " + warning);
                    }
                } catch (ImportException e) {
                    failed++;
                    err.println("highneeds: not imported, database unchanged: " + e.getMessage());
                } catch (IOException e) {
                    failed++;
                    err.println("highneeds: not imported, database unchanged: " + f + ": " + e.getMessage());
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot close the workspace database: " + e.getMessage(), e);
        }
        if (failed > 0) {
            err.println("highneeds: " + failed + " of " + files.size() + " files were not imported");
            return USER_ERROR;
        }
        return OK;
    }

    private int download(List<String> args) throws WorkspaceDatabaseException, UsageException {
        if (args.isEmpty() || args.get(0).startsWith("-")) {
            throw new UsageException("download: name the dataset (usage: download DATASET [--from URL...]); 'highneeds cli datasets' lists them");
        }
        String id = args.get(0);
        List<String> from = new ArrayList<>();
        for (int i = 1; i < args.size(); i++) {
            if (args.get(i).equals("--from") && i + 1 < args.size()) {
                from.add(args.get(++i));
            } else {
                throw new UsageException("download: unexpected argument '" + args.get(i) + "' (usage: download DATASET [--from URL...])");
            }
        }
        DatasetCatalog catalog = DatasetCatalog.fromExtensions();
        DatasetDescriptor dataset = catalog.dataset(id)
                .orElseThrow(() -> new UsageException("download: no dataset with id '" + id + "'; 'highneeds cli datasets' lists them"));
        List<String> addresses = from.isEmpty()
                ? dataset.downloads().stream().map(a -> DatasetDownloader.expand(a, java.time.LocalDate.now())).toList() : from;
        if (addresses.isEmpty()) {
            throw new UsageException("download: " + dataset.title() + " has no direct download address; download it from "
                    + (dataset.page() == null ? "its publisher" : dataset.page()) + " and use 'highneeds cli import'");
        }
        List<DownloadedFile> files;
        try {
            files = new DatasetDownloader(workspace.get().resolve("downloads").resolve(id)).fetch(addresses, new NullProgressMonitor());
        } catch (DownloadException e) {
            throw new UsageException("download: " + e.getMessage());
        }
        for (DownloadedFile f : files) {
            out.println("downloaded " + f.file());
        }
        // a single file is the dataset asked for; an archive's files may belong to several datasets: recognise each
        List<String> forced = new ArrayList<>(List.of("--as", id));
        List<String> recognised = new ArrayList<>();
        for (DownloadedFile f : files) {
            (f.fromArchive() ? recognised : forced).add(f.file().toString());
        }
        int status = forced.size() > 2 ? importFiles(forced) : OK;
        if (!recognised.isEmpty()) {
            status = Math.max(status, importFiles(recognised));
        }
        return status;
    }

    private int area(List<String> args) throws UsageException, WorkspaceDatabaseException, SQLException {
        if (!args.isEmpty() && args.get(0).equals("create")) {
            return AreaCreate.run(args.subList(1, args.size()), out, workspace.get());
        }
        if (args.size() != 2 || !args.get(0).equals("validate")) {
            throw new UsageException("area: usage: area validate FILE.xmi | area create --la CODE");
        }
        Path file = Path.of(args.get(1));
        LoadResult loaded;
        try {
            loaded = new AreaModelStore(ModelLabels.INSTANCE).load(file, new NullProgressMonitor());
        } catch (AreaModelException e) {
            throw new UsageException("area: cannot read " + file + ": " + String.join("; ", e.getProblems().isEmpty()
                    ? List.of(String.valueOf(e.getMessage())) : e.getProblems()));
        }
        for (LoadWarning w : loaded.warnings()) {
            out.println("warning: " + w.message());
        }
        int errors = 0;
        int warnings = loaded.warnings().size();
        for (Diagnostic d : AreaModelValidator.leaves(ModelValidation.validate(loaded.model(), ModelLabels.INSTANCE))) {
            boolean error = d.getSeverity() >= Diagnostic.ERROR;
            errors += error ? 1 : 0;
            warnings += error ? 0 : 1;
            out.println((error ? "error: " : "warning: ") + d.getMessage());
        }
        out.println(file.getFileName() + ": " + errors + (errors == 1 ? " error, " : " errors, ") + warnings
                + (warnings == 1 ? " warning" : " warnings"));
        return errors > 0 ? USER_ERROR : OK;
    }

    private int datasets(List<String> args) throws WorkspaceDatabaseException, SQLException, UsageException {
        OutputFormat format = OutputFormat.TABLE;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--format") && i + 1 < args.size()) {
                format = OutputFormat.parse(args.get(++i));
            } else {
                throw new UsageException("datasets: unexpected argument '" + a + "' (usage: datasets [--format table|csv|json])");
            }
        }
        DatasetCatalog catalog = DatasetCatalog.fromExtensions();
        catalog.problems().forEach(p -> err.println("highneeds: warning: " + p));
        List<List<Object>> rows = new ArrayList<>();
        try (WorkspaceDatabase db = WorkspaceDatabase.open(workspace.get()); Connection c = db.connect();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT importer, count(*), sum(rows), min(period_from), max(period_to), "
                        + "strftime(max(imported_at), '%Y-%m-%d %H:%M') FROM provenance WHERE superseded_by IS NULL GROUP BY importer")) {
            java.util.Map<String, List<Object>> imported = new java.util.HashMap<>();
            while (r.next()) {
                imported.put(r.getString(1), java.util.Arrays.asList(r.getLong(2), r.getLong(3), period(r.getString(4), r.getString(5)), r.getString(6)));
            }
            for (DatasetDescriptor d : catalog.datasets()) {
                List<Object> i = imported.getOrDefault(d.id(), java.util.Arrays.asList(0L, 0L, null, null));
                rows.add(java.util.Arrays.asList(d.id(), d.title(), d.publisher(), i.get(0), i.get(1), i.get(2), i.get(3)));
            }
        }
        format.print(out, List.of("dataset", "title", "publisher", "files", "rows", "periods", "last imported"), rows);
        return OK;
    }

    private static String period(String from, String to) {
        if (from == null && to == null) {
            return null;
        }
        return java.util.Objects.equals(from, to) ? from : from + ".." + to;
    }

    private int sql(List<String> args) throws WorkspaceDatabaseException, SQLException {
        if (args.contains("-h") || args.contains("--help")) {
            return new SqlCommand().run(args.toArray(String[]::new), null, out, err);
        }
        try (WorkspaceDatabase db = WorkspaceDatabase.open(workspace.get()); Connection c = db.connect()) {
            return new SqlCommand().run(args.toArray(String[]::new), c, out, err);
        }
    }

    private int tables(List<String> args) throws WorkspaceDatabaseException, SQLException, UsageException {
        OutputFormat format = OutputFormat.TABLE;
        String schema = null;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--schema") && i + 1 < args.size()) {
                schema = args.get(++i);
            } else if (a.equals("--format") && i + 1 < args.size()) {
                format = OutputFormat.parse(args.get(++i));
            } else if (a.startsWith("--format=")) {
                format = OutputFormat.parse(a.substring("--format=".length()));
            } else {
                throw new UsageException("tables: unexpected argument '" + a + "' (usage: tables [--schema NAME] [--format table|csv|json])");
            }
        }
        List<TableSummary> tables;
        try (WorkspaceDatabase db = WorkspaceDatabase.open(workspace.get())) {
            tables = db.tables();
        }
        List<String> header = List.of("schema", "table", "kind", "rows");
        List<List<Object>> rows = new ArrayList<>();
        for (TableSummary t : tables) {
            if (schema != null && !schema.equals(t.schema())) {
                continue;
            }
            rows.add(List.of(t.schema(), t.name(), t.view() ? "view" : "table", t.rows()));
        }
        format.print(out, header, rows);
        return OK;
    }
}
