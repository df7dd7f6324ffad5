package org.highneeds.ui.sql.internal;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.source.AnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.ui.editors.text.StorageDocumentProvider;
import org.eclipse.ui.editors.text.TextFileDocumentProvider;
import org.eclipse.ui.texteditor.IDocumentProvider;

/**
 * Documents of the SQL editor: files (workspace or local, through file buffers) and in-memory consoles,
 * which get an annotation model too so their errors can be marked.
 */
final class SqlDocumentProvider {

    private static IDocumentProvider shared;

    private SqlDocumentProvider() {
    }

    /** One provider for all SQL editors, as the platform does for text files. */
    static synchronized IDocumentProvider shared() {
        if (shared == null) {
            shared = new TextFileDocumentProvider(new ConsoleProvider());
        }
        return shared;
    }

    /** Consoles: editable, marked, never saved (the history keeps what was run). */
    private static final class ConsoleProvider extends StorageDocumentProvider {
        @Override
        protected IAnnotationModel createAnnotationModel(Object element) throws CoreException {
            return new AnnotationModel();
        }

        @Override
        protected void doSaveDocument(IProgressMonitor monitor, Object element, IDocument document, boolean overwrite) {
            // a console has no file; closing it must not ask to save
        }
    }
}
