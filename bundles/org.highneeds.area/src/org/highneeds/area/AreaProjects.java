package org.highneeds.area;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.highneeds.model.LocalAreaModel;
import org.highneeds.model.LocalAuthority;
import org.highneeds.model.persistence.AreaModelException;
import org.highneeds.model.persistence.AreaModelStore;
import org.highneeds.model.persistence.AtomicFiles;

/** Local areas as workspace projects: {@code <workspace>/<projectName>/.project + <projectName>/<name>.hnarea} (XMI). */
public final class AreaProjects {

    /** Project nature of local area projects (declared in this bundle's plugin.xml). */
    public static final String NATURE_ID = "org.highneeds.area.nature";

    private AreaProjects() {
    }

    /** The project (folder) name of an area, e.g. "LA-302-Barnet": LA code and name, letters, digits and '-' only. */
    public static String projectName(LocalAreaModel model) {
        LocalAuthority la = model.getLocalAuthority();
        String name = la != null && la.getName() != null ? la.getName() : model.getName();
        StringBuilder project = new StringBuilder("LA");
        if (la != null && la.getLaCode() != null) {
            project.append('-').append(la.getLaCode());
        }
        String words = name == null ? "" : Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (!words.isEmpty()) {
            project.append('-').append(words);
        }
        return project.toString();
    }

    /** The model file of a project folder: {@code <folder>/<folder name>.hnarea}. */
    public static Path modelFile(Path projectFolder) {
        return projectFolder.resolve(projectFolder.getFileName() + "." + AreaModelStore.FILE_EXTENSION);
    }

    /**
     * Writes the project folder (.project description with nature org.highneeds.area.nature) and saves the model
     * atomically via AreaModelStore; refuses to overwrite an existing area project. Returns the model file.
     *
     * @throws FileAlreadyExistsException if the project folder already exists (nothing is changed)
     * @throws AreaModelException if the model cannot be saved (the folder then holds the .project only)
     */
    public static Path create(Path workspace, LocalAreaModel model) throws IOException, AreaModelException {
        String name = projectName(model);
        Path folder = workspace.resolve(name);
        if (Files.exists(folder)) {
            throw new FileAlreadyExistsException(folder.toString(), null, "the local area project " + name
                    + " already exists in " + workspace + "; it is left unchanged (delete or rename it to create it again)");
        }
        Files.createDirectories(workspace);
        try {
            Files.createDirectory(folder);
        } catch (FileAlreadyExistsException e) {
            // another process created it between the check and now: still never overwrite
            throw new FileAlreadyExistsException(folder.toString(), null, "the local area project " + name
                    + " already exists in " + workspace + "; it is left unchanged");
        }
        Path file = modelFile(folder);
        try {
            new AreaModelStore().save(model, file, new NullProgressMonitor());
        } catch (IOException e) {
            // the save is atomic, so the folder is still empty: leave no half-made project behind
            Files.deleteIfExists(folder);
            throw e;
        }
        // XMI is UTF-8: saying so spares every area project the workbench's "no explicit encoding" warning
        Files.createDirectories(folder.resolve(".settings"));
        AtomicFiles.write(folder.resolve(".settings/org.eclipse.core.resources.prefs"),
                out -> out.write("eclipse.preferences.version=1\nencoding/<project>=UTF-8\n".getBytes(StandardCharsets.US_ASCII)));
        // the description last: a folder without .project is not yet a project the workbench would open
        byte[] description = projectDescription(name, model).getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(folder.resolve(".project"), out -> out.write(description));
        return file;
    }

    /** The Eclipse project description (.project) of an area project. */
    static String projectDescription(String name, LocalAreaModel model) {
        LocalAuthority la = model.getLocalAuthority();
        String comment = "High Needs local area"
                + (la != null ? " of " + la.getName() + (la.getLaCode() != null ? " (LA " + la.getLaCode() + ")" : "") : "");
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <projectDescription>
                	<name>%s</name>
                	<comment>%s</comment>
                	<projects>
                	</projects>
                	<buildSpec>
                	</buildSpec>
                	<natures>
                		<nature>%s</nature>
                	</natures>
                </projectDescription>
                """.formatted(xml(name), xml(comment), NATURE_ID);
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
