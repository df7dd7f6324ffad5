package org.highneeds.ui.benchmarking.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.highneeds.analysis.AnalysisException;
import org.highneeds.analysis.ComparatorGroups;
import org.highneeds.analysis.LaInfo;
import org.highneeds.model.ComparatorKind;
import org.highneeds.model.ComparatorMember;
import org.highneeds.model.ComparatorSet;
import org.highneeds.model.HighNeedsFactory;
import org.highneeds.model.HighNeedsPackage;
import org.highneeds.model.LocalAreaModel;
import org.highneeds.model.LocalAuthority;
import org.highneeds.model.persistence.AreaModelException;
import org.highneeds.model.persistence.AreaModelStore;
import org.highneeds.model.persistence.LoadResult;

/** Finds the comparator sets saved in the workspace's local area files and saves new ones. */
final class SavedGroups {

    private SavedGroups() {
    }

    /** The local area files of the open projects, by project and path. */
    static List<IFile> areas() {
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
    static List<SavedGroup> scan() {
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
    static IResourceChangeListener listen(Runnable changed) {
        IResourceChangeListener listener = event -> {
            if (event.getDelta() != null && touchesArea(event.getDelta())) changed.run();
        };
        ResourcesPlugin.getWorkspace().addResourceChangeListener(listener, IResourceChangeEvent.POST_CHANGE);
        return listener;
    }

    /** Stops a listener from {@link #listen(Runnable)}. */
    static void stop(IResourceChangeListener listener) {
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

    /** The LA codes typed in a list ("301, 303 304"), in order, without repeats. */
    static List<String> codes(String typed) {
        return java.util.Arrays.stream(typed == null ? new String[0] : typed.split("[,;\\s]+")).map(String::strip)
                .filter(s -> !s.isEmpty()).distinct().toList();
    }

    /**
     * Checks the codes against the LA code list and returns their LAs in order.
     *
     * @throws AnalysisException naming every unknown code, or when there are none
     */
    static List<LaInfo> validate(ComparatorGroups groups, List<String> codes) throws AnalysisException {
        if (codes.isEmpty()) {
            throw new AnalysisException("Type the LA codes of the group first, separated by commas, e.g. 301, 303, 304.");
        }
        Map<String, LaInfo> all = groups.allLas().stream().collect(Collectors.toMap(LaInfo::laCode, Function.identity(),
                (a, b) -> a));
        List<String> unknown = codes.stream().filter(c -> !all.containsKey(c)).toList();
        if (!unknown.isEmpty()) {
            throw new AnalysisException("Unknown LA code" + (unknown.size() > 1 ? "s " : " ") + String.join(", ", unknown)
                    + ": use DfE 3-digit LA numbers, e.g. 302 for Barnet. Nothing was saved.");
        }
        return codes.stream().map(all::get).toList();
    }

    /**
     * Saves {@code las} as a custom comparator set named {@code name} into the area file {@code area}. If the area is
     * open in an editor, the set is added through the editor's command stack (undoable; the editor becomes dirty and
     * the user saves it); otherwise the file is loaded, changed and written back atomically. LAs the area does not
     * hold yet are added to its authorities.
     *
     * @return true when the set went into an open editor (not yet written to the file)
     * @throws IOException when the file cannot be read or written (the previous file is then unchanged)
     * @throws IllegalArgumentException when the area already has a set of that name
     */
    static boolean save(IFile area, String name, List<LaInfo> las, IProgressMonitor monitor) throws IOException {
        SubMonitor progress = SubMonitor.convert(monitor, "Saving the group " + name, 3);
        EditingDomain domain = openEditingDomain(area);
        if (domain != null) {
            LocalAreaModel model = modelIn(domain, area);
            if (model != null) {
                CompoundCommand command = new CompoundCommand("Save comparator group " + name);
                List<LocalAuthority> added = new ArrayList<>();
                ComparatorSet set = newSet(model, name, las, added);
                if (!added.isEmpty()) {
                    command.append(AddCommand.create(domain, model, HighNeedsPackage.Literals.LOCAL_AREA_MODEL__AUTHORITIES, added));
                }
                command.append(AddCommand.create(domain, model, HighNeedsPackage.Literals.LOCAL_AREA_MODEL__COMPARATOR_SETS, set));
                if (!command.canExecute()) throw new IOException("The Local Area Editor cannot add the group to " + area.getName());
                domain.getCommandStack().execute(command);
                return true;
            }
        }
        AreaModelStore store = new AreaModelStore();
        LoadResult loaded = store.load(area.getLocation().toFile().toPath(), progress.split(1));
        List<LocalAuthority> added = new ArrayList<>();
        ComparatorSet set = newSet(loaded.model(), name, las, added);
        loaded.model().getAuthorities().addAll(added);
        loaded.model().getComparatorSets().add(set);
        store.save(loaded.resource(), progress.split(1));
        try {
            area.refreshLocal(IResource.DEPTH_ZERO, progress.split(1));
        } catch (CoreException e) {
            ILog.of(SavedGroups.class).warn("Saved " + area.getFullPath() + " but could not refresh it: " + e.getMessage());
        }
        return false;
    }

    private static ComparatorSet newSet(LocalAreaModel model, String name, List<LaInfo> las, List<LocalAuthority> added) {
        if (model.getComparatorSets().stream().anyMatch(s -> name.equalsIgnoreCase(String.valueOf(s.getName()).strip()))) {
            throw new IllegalArgumentException("The area " + model.getName() + " already has a comparator group named '"
                    + name + "': choose another name.");
        }
        ComparatorSet set = HighNeedsFactory.eINSTANCE.createComparatorSet();
        set.setName(name);
        set.setKind(ComparatorKind.CUSTOM);
        for (LaInfo la : las) {
            LocalAuthority authority = model.getAuthorities().stream().filter(a -> la.laCode().equals(a.getLaCode()))
                    .findFirst().orElse(null);
            if (authority == null) {
                authority = added.stream().filter(a -> la.laCode().equals(a.getLaCode())).findFirst().orElse(null);
            }
            if (authority == null) {
                authority = HighNeedsFactory.eINSTANCE.createLocalAuthority();
                authority.setLaCode(la.laCode());
                authority.setName(la.name());
                if (la.region() != null) authority.setRegion(la.region());
                added.add(authority);
            }
            ComparatorMember member = HighNeedsFactory.eINSTANCE.createComparatorMember();
            member.setAuthority(authority);
            set.getMembers().add(member);
        }
        return set;
    }

    /** The editing domain of the Local Area Editor showing {@code area}, or null when it is not open. */
    private static EditingDomain openEditingDomain(IFile area) {
        for (IWorkbenchWindow window : PlatformUI.getWorkbench().getWorkbenchWindows()) {
            for (IWorkbenchPage page : window.getPages()) {
                for (IEditorReference ref : page.getEditorReferences()) {
                    try {
                        IFile file = Adapters.adapt(ref.getEditorInput(), IFile.class);
                        if (area.equals(file)) {
                            IEditorPart editor = ref.getEditor(true);
                            EditingDomain domain = editor == null ? null : editor.getAdapter(EditingDomain.class);
                            if (domain != null) return domain;
                        }
                    } catch (PartInitException e) {
                        // an editor that cannot show its input does not hold the model
                    }
                }
            }
        }
        return null;
    }

    private static LocalAreaModel modelIn(EditingDomain domain, IFile area) {
        URI fileUri = URI.createFileURI(area.getLocation().toFile().getAbsolutePath());
        URI platformUri = URI.createPlatformResourceURI(area.getFullPath().toString(), true);
        for (Resource r : domain.getResourceSet().getResources()) {
            if ((r.getURI().equals(fileUri) || r.getURI().equals(platformUri)) && !r.getContents().isEmpty()
                    && r.getContents().get(0) instanceof LocalAreaModel m) {
                return m;
            }
        }
        return null;
    }
}
