package org.highneeds.ui.sql.internal;

import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.CompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContentAssistProcessor;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.contentassist.IContextInformationValidator;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.highneeds.sql.CompletionProposal.Kind;
import org.highneeds.ui.sql.SqlUi;

/**
 * Content assist from the core's CompletionEngine over the cached workspace catalog; a table's, view's or column's
 * description is the proposal's additional info.
 */
public final class SqlCompletionProcessor implements IContentAssistProcessor {

    private String error;

    @Override
    public ICompletionProposal[] computeCompletionProposals(ITextViewer viewer, int offset) {
        error = null;
        try {
            List<org.highneeds.sql.CompletionProposal> proposals = SqlUi.getDefault().completionEngine()
                    .complete(viewer.getDocument().get(), offset);
            return proposals.stream().map(p -> toProposal(p)).toArray(ICompletionProposal[]::new);
        } catch (Exception e) {
            error = "No completions: " + e.getMessage();
            ILog.of(getClass()).warn("SQL completion failed", e);
            return new ICompletionProposal[0];
        }
    }

    private static ICompletionProposal toProposal(org.highneeds.sql.CompletionProposal p) {
        String display = p.detail() == null || p.detail().isBlank() ? p.label() : p.label() + "  \u2013  " + p.detail();
        int length = p.replaceEnd() - p.replaceStart();
        // the description (COMMENT ON) shows in the proposal's additional info beside the list
        return new CompletionProposal(p.replacement(), p.replaceStart(), length, p.replacement().length(),
                image(p.kind()), display, null, additionalInfo(p));
    }

    /** The proposal's description under its name and detail, or null when the database has none. */
    static String additionalInfo(org.highneeds.sql.CompletionProposal p) {
        if (p.description() == null || p.description().isBlank()) {
            return null;
        }
        String what = switch (p.kind()) {
            case TABLE -> "Table ";
            case VIEW -> "View ";
            case COLUMN -> "Column ";
            default -> "";
        };
        return what + p.label() + (p.detail() == null || p.detail().isBlank() ? "" : " (" + p.detail() + ")") + "\n\n"
                + p.description();
    }

    private static Image image(Kind kind) {
        ISharedImages shared = PlatformUI.getWorkbench().getSharedImages();
        return switch (kind) {
            case SCHEMA -> shared.getImage(ISharedImages.IMG_OBJ_FOLDER);
            case TABLE, VIEW, ALIAS -> SqlImages.get(SqlImages.TABLE);
            case COLUMN -> shared.getImage(ISharedImages.IMG_OBJ_ELEMENT);
            case FUNCTION -> null;
            case KEYWORD -> null;
        };
    }

    @Override
    public IContextInformation[] computeContextInformation(ITextViewer viewer, int offset) {
        return null;
    }

    @Override
    public char[] getCompletionProposalAutoActivationCharacters() {
        return new char[] {'.'};
    }

    @Override
    public char[] getContextInformationAutoActivationCharacters() {
        return null;
    }

    @Override
    public String getErrorMessage() {
        return error;
    }

    @Override
    public IContextInformationValidator getContextInformationValidator() {
        return null;
    }
}
