/**
 * Shared parts of the workbench's analysis views, so that a capability's views are thin and alike:
 * {@link org.highneeds.ui.parts.AnalysisView} (jobs that supersede each other, disposed-guarded updates, the problem
 * line, data-change events, site progress, selection and context menus with {@code additions}), the actions
 * {@link org.highneeds.ui.parts.CopyTsvAction} and {@link org.highneeds.ui.parts.ExportXlsxAction}, the LA chooser
 * that opens on my LA ({@link org.highneeds.ui.parts.LaChooser}), the comparator group picker
 * ({@link org.highneeds.ui.parts.GroupPicker}, {@link org.highneeds.ui.parts.GroupChoice}, the groups saved in local
 * areas: {@link org.highneeds.ui.parts.SavedGroups}) and the fonts and band colours ({@link org.highneeds.ui.parts.Styles}).
 */
package org.highneeds.ui.parts;
