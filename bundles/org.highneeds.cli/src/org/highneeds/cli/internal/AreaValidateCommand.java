package org.highneeds.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.highneeds.data.output.ControlCharacters;
import org.highneeds.model.edit.ModelLabels;
import org.highneeds.model.persistence.AreaModelException;
import org.highneeds.model.persistence.AreaModelStore;
import org.highneeds.model.persistence.LoadResult;
import org.highneeds.model.persistence.LoadWarning;
import org.highneeds.model.validation.AreaModelValidator;
import org.highneeds.model.validation.ModelValidation;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code area validate FILE.xmi}: every problem of a local area model with its object and field. */
@Command(name = "validate",
        description = {"check a local area model (placements, contracts, provision, ...)",
                "and list every problem with its object and field"})
final class AreaValidateCommand extends CliCommand {

    @Parameters(index = "0", paramLabel = "FILE.xmi", description = "the model file")
    Path file;

    AreaValidateCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() throws Exception {
        if (Files.isDirectory(file)) {
            throw new UsageException("area: " + file + " is a folder, not a local area model: give the model's file"
                    + xmiFilesIn(file));
        }
        LoadResult loaded;
        try {
            loaded = new AreaModelStore(ModelLabels.INSTANCE).load(file, new NullProgressMonitor());
        } catch (AreaModelException e) {
            throw new UsageException("area: cannot read " + file + ": " + String.join("; ", e.getProblems().isEmpty()
                    ? List.of(String.valueOf(e.getMessage())) : e.getProblems()));
        }
        for (LoadWarning w : loaded.warnings()) {
            context.out.println("warning: " + ControlCharacters.escape(w.message()));
        }
        int errors = 0;
        int warnings = loaded.warnings().size();
        for (Diagnostic d : AreaModelValidator.leaves(ModelValidation.validate(loaded.model(), ModelLabels.INSTANCE))) {
            boolean error = d.getSeverity() >= Diagnostic.ERROR;
            errors += error ? 1 : 0;
            warnings += error ? 0 : 1;
            context.out.println((error ? "error: " : "warning: ") + ControlCharacters.escape(d.getMessage()));
        }
        context.out.println(file.getFileName() + ": " + errors + (errors == 1 ? " error, " : " errors, ") + warnings
                + (warnings == 1 ? " warning" : " warnings"));
        return errors > 0 ? Cli.USER_ERROR : Cli.OK;
    }

    /** "; it holds a.xmi, b.xmi" for the models directly in {@code folder}, or "". */
    private static String xmiFilesIn(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            List<String> models = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".xmi") || n.endsWith("." + AreaModelStore.FILE_EXTENSION))
                    .sorted().limit(5).toList();
            return models.isEmpty() ? "" : "; it holds " + String.join(", ", models);
        } catch (IOException e) {
            return "";
        }
    }
}
