package org.highneeds.ui.internal.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Font;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.highneeds.data.imports.DatasetCatalog;
import org.highneeds.data.imports.DatasetDescriptor;
import org.highneeds.data.imports.DatasetImporter;
import org.highneeds.data.imports.ImportFiles;
import org.highneeds.data.imports.SourceFile;

/** The import wizard's page: files or folders, the dataset detected for each (overridable), a preview. */
final class ImportFilesPage extends WizardPage {

    /** Lines of a text file shown in the preview. */
    private static final int PREVIEW_LINES = 12;

    private final DatasetCatalog catalog;
    private final List<ImportCandidate> candidates = new ArrayList<>();
    private TableViewer viewer;
    private Combo dataset;
    private Text preview;

    ImportFilesPage(DatasetCatalog catalog) {
        super("files", "Import national data", null);
        this.catalog = catalog;
        setDescription("Choose published files (DfE, ONS); each is recognised by its header or sheets. "
                + "Each file is imported in one transaction.");
    }

    @Override
    public void createControl(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).margins(6, 6).applyTo(page);
        SashForm sash = new SashForm(page, SWT.VERTICAL);
        GridDataFactory.fillDefaults().grab(true, true).hint(760, 420).applyTo(sash);

        Composite tableHolder = new Composite(sash, SWT.NONE);
        TableColumnLayout layout = new TableColumnLayout();
        tableHolder.setLayout(layout);
        viewer = new TableViewer(tableHolder, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        column(layout, "File", 40, c -> c.file().getFileName().toString());
        column(layout, "Dataset", 40, c -> c.dataset() == null ? "not recognised: choose one below" : c.dataset().title());
        column(layout, "Size", 12, c -> String.format(Locale.UK, "%,d KB", Math.max(1, c.size() / 1024)));
        viewer.setInput(candidates);
        viewer.addSelectionChangedListener(e -> showSelected());

        preview = new Text(sash, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.H_SCROLL | SWT.V_SCROLL);
        Font mono = JFaceResources.getFont(JFaceResources.TEXT_FONT);
        preview.setFont(mono);
        sash.setWeights(60, 40);

        Composite buttons = new Composite(page, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(buttons);
        GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(buttons);
        button(buttons, "Add &Files...", this::addFilesFromDialog);
        button(buttons, "Add F&older...", this::addFolderFromDialog);
        button(buttons, "&Remove", () -> {
            candidates.removeAll(viewer.getStructuredSelection().toList());
            refresh();
        });

        Composite override = new Composite(page, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(override);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(override);
        new Label(override, SWT.NONE).setText("Import the selected file as:");
        dataset = new Combo(override, SWT.READ_ONLY);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(dataset);
        for (DatasetDescriptor d : catalog.datasets()) {
            dataset.add(d.title() + "  [" + d.id() + "]");
        }
        dataset.setEnabled(false);
        dataset.addListener(SWT.Selection, e -> overrideSelected());
        setControl(page);
        refresh();
    }

    private void column(TableColumnLayout layout, String title, int weight, Function<ImportCandidate, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(title);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((ImportCandidate) element);
            }
        });
        layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, 60));
    }

    private static void button(Composite parent, String label, Runnable action) {
        Button b = new Button(parent, SWT.PUSH);
        b.setText(label);
        GridDataFactory.fillDefaults().applyTo(b);
        b.addListener(SWT.Selection, e -> action.run());
    }

    private void addFilesFromDialog() {
        FileDialog dialog = new FileDialog(getShell(), SWT.OPEN | SWT.MULTI);
        dialog.setText("Files to import");
        dialog.setFilterExtensions(new String[] {"*.csv;*.xlsx;*.ods", "*.*"});
        dialog.setFilterNames(new String[] {"Published data (csv, xlsx, ods)", "All files"});
        if (dialog.open() != null) {
            List<Path> files = new ArrayList<>();
            for (String name : dialog.getFileNames()) {
                files.add(Path.of(dialog.getFilterPath(), name));
            }
            addFiles(files);
        }
    }

    private void addFolderFromDialog() {
        DirectoryDialog dialog = new DirectoryDialog(getShell());
        dialog.setText("Folder to import");
        String folder = dialog.open();
        if (folder != null) {
            addFiles(List.of(Path.of(folder)));
        }
    }

    /** Adds files, or every data file of a folder and its subfolders, recognising each one's dataset. */
    void addFiles(List<Path> filesOrFolders) {
        List<String> problems = new ArrayList<>();
        for (Path p : filesOrFolders) {
            try {
                ImportFiles.Listing listing = ImportFiles.expand(List.of(p));
                if (listing.dataFiles().isEmpty()) {
                    problems.add(p + ": nothing to import, " + listing.found());
                }
                listing.dataFiles().forEach(f -> add(f, problems));
            } catch (IOException e) {
                problems.add(p + ": " + e.getMessage());
            }
        }
        refresh();
        setErrorMessage(problems.isEmpty() ? null : String.join("; ", problems));
    }

    private void add(Path file, List<String> problems) {
        if (candidates.stream().anyMatch(c -> c.file().equals(file))) {
            return;
        }
        try {
            SourceFile source = SourceFile.of(file);
            DatasetImporter importer = catalog.importers().recognise(source).orElse(null);
            DatasetDescriptor recognised = importer == null ? null : catalog.dataset(importer.id()).orElse(null);
            candidates.add(new ImportCandidate(file, source.size(), recognised));
        } catch (IOException e) {
            problems.add(file.getFileName() + ": cannot be read (" + e.getMessage() + ")");
        }
    }

    private void overrideSelected() {
        Object selected = viewer.getStructuredSelection().getFirstElement();
        int index = dataset.getSelectionIndex();
        if (selected instanceof ImportCandidate c && index >= 0) {
            candidates.set(candidates.indexOf(c), c.withDataset(catalog.datasets().get(index)));
            refresh();
        }
    }

    private void showSelected() {
        Object selected = viewer.getStructuredSelection().getFirstElement();
        if (!(selected instanceof ImportCandidate c)) {
            dataset.setEnabled(false);
            preview.setText("");
            return;
        }
        dataset.setEnabled(true);
        dataset.select(c.dataset() == null ? -1 : catalog.datasets().indexOf(c.dataset()));
        preview.setText(previewOf(c.file()));
    }

    /** The first lines of a text file; a note for spreadsheets, whose sheets are read at import. */
    static String previewOf(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx") || name.endsWith(".ods") || name.endsWith(".xls")) {
            return "Spreadsheet: its sheets are read, by heading text, when it is imported.";
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(16 * 1024);
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE).decode(java.nio.ByteBuffer.wrap(head)).toString();
            String[] lines = text.replace("\uFEFF", "").split("\r?\n", -1);
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < Math.min(PREVIEW_LINES, lines.length); i++) {
                String line = lines[i];
                b.append(line.length() > 400 ? line.substring(0, 400) + " ..." : line).append('\n');
            }
            return b.toString();
        } catch (IOException e) {
            return "Cannot read " + file + ": " + e.getMessage();
        }
    }

    private void refresh() {
        viewer.refresh();
        boolean unrecognised = candidates.stream().anyMatch(c -> c.dataset() == null);
        if (candidates.isEmpty()) {
            setMessage("Add the files or folders you downloaded from DfE or ONS.");
        } else if (unrecognised) {
            setMessage("Some files were not recognised: select each and choose its dataset, or remove it.", WARNING);
        } else {
            setMessage(candidates.size() + (candidates.size() == 1 ? " file" : " files") + " ready to import.");
        }
        setPageComplete(!candidates.isEmpty() && !unrecognised);
    }

    /** The files to import with their datasets. */
    List<ImportCandidate> candidates() {
        return List.copyOf(candidates);
    }
}
