package org.highneeds.ui.parts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.highneeds.model.ComparatorSet;
import org.highneeds.model.persistence.AreaModelException;
import org.highneeds.model.persistence.AreaModelStore;
import org.highneeds.model.persistence.LoadResult;

/** Finds the comparator sets saved in the workspace's local area files, and follows their changes. */
public final class SavedGroups {

    private SavedGroups() {
    }

    /** The local area files of the open projects, by project and path. */
    public static List<IFile> areas() {
        List<IFile> files = new ArrayList<>();
        for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
            if (!project.isOpen()) continue;
            try {
                project.accept(r -> {
                    if (r instanceof IFile f && AreaModelStore.FILE_EXTENSION.equals(f.getFileExtension())) files.add(f);
                    return !(r.getType() == IResource.FOLDER && r.getName().equals("target"));
                });
            } catch (CoreException e) {
                ILog.of(SavedGroups.class).warn("Cannot list the files of " + project.getName() + ": " + e.getMessage());
            }
        }
        files.sort(Comparator.comparing(f -> f.getFullPath().toString()));
        return files;
    }

    /**
     * Every comparator set saved in the workspace's area files, in file order, labelled "name (project)". Saved
     * statistical neighbours, region and LA type sets are offered too: they are snapshots (e.g. the neighbours an
     * earlier report used) that the built-in choices, always taken from the newest release, cannot give again.
     * A file that cannot be read is left out and logged.
     */
    public static List<SavedGroup> scan() {
        List<SavedGroup> groups = new ArrayList<>();
        for (IFile file : areas()) {
            if (file.getLocation() == null) continue;
            try {
                LoadResult loaded = new AreaModelStore().load(file.getLocation().toFile().toPath(), null);
                for (ComparatorSet set : loaded.model().getComparatorSets()) {
                    String name = set.getName() == null || set.getName().isBlank() ? "Unnamed group" : set.getName();
                    groups.add(new SavedGroup(name + " (" + file.getProject().getName() + ")", file, set));
                }
            } catch (AreaModelException | RuntimeException e) {
                ILog.of(SavedGroups.class).warn("Saved comparator groups of " + file.getFullPath() + " not offered: "
                        + e.getMessage());
            }
        }
        return groups;
    }

    /** Calls {@code changed} (in a resource-change thread) when an area file is added, changed or removed. */
    public static IResourceChangeListener listen(Runnable changed) {
        IResourceChangeListener listener = event -> {
            if (event.getDelta() != null && touchesArea(event.getDelta())) changed.run();
        };
        ResourcesPlugin.getWorkspace().addResourceChangeListener(listener, IResourceChangeEvent.POST_CHANGE);
        return listener;
    }

    /** Stops a listener from {@link #listen(Runnable)}. */
    public static void stop(IResourceChangeListener listener) {
        ResourcesPlugin.getWorkspace().removeResourceChangeListener(listener);
    }

    private static boolean touchesArea(IResourceDelta delta) {
        if (delta.getResource() instanceof IFile f) {
            return AreaModelStore.FILE_EXTENSION.equals(f.getFileExtension()) && (delta.getKind() != IResourceDelta.CHANGED
                    || (delta.getFlags() & (IResourceDelta.CONTENT | IResourceDelta.REPLACED)) != 0);
        }
        if (delta.getResource() instanceof IProject && (delta.getFlags() & IResourceDelta.OPEN) != 0) return true;
        for (IResourceDelta child : delta.getAffectedChildren()) {
            if (touchesArea(child)) return true;
        }
        return false;
    }
}
