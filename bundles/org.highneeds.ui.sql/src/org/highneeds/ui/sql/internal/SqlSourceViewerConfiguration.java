package org.highneeds.ui.sql.internal;

import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.contentassist.ContentAssistant;
import org.eclipse.jface.text.contentassist.IContentAssistant;
import org.eclipse.jface.text.presentation.IPresentationReconciler;
import org.eclipse.jface.text.presentation.PresentationReconciler;
import org.eclipse.jface.text.reconciler.IReconciler;
import org.eclipse.jface.text.rules.DefaultDamagerRepairer;
import org.eclipse.jface.text.rules.RuleBasedScanner;
import org.eclipse.jface.text.rules.Token;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.SWT;
import org.eclipse.ui.editors.text.TextSourceViewerConfiguration;

/** Colouring and completion of the SQL console. */
final class SqlSourceViewerConfiguration extends TextSourceViewerConfiguration {

    SqlSourceViewerConfiguration(IPreferenceStore store) {
        super(store);
    }

    @Override
    public String getConfiguredDocumentPartitioning(ISourceViewer sourceViewer) {
        return SqlPartitions.PARTITIONING;
    }

    @Override
    public String[] getConfiguredContentTypes(ISourceViewer sourceViewer) {
        return SqlPartitions.CONTENT_TYPES;
    }

    @Override
    public IPresentationReconciler getPresentationReconciler(ISourceViewer sourceViewer) {
        PresentationReconciler reconciler = new PresentationReconciler();
        reconciler.setDocumentPartitioning(SqlPartitions.PARTITIONING);
        add(reconciler, IDocument.DEFAULT_CONTENT_TYPE, new SqlCodeScanner());
        add(reconciler, SqlPartitions.COMMENT, whole(new TextAttribute(SqlColours.COMMENT, null, SWT.ITALIC)));
        add(reconciler, SqlPartitions.STRING, whole(new TextAttribute(SqlColours.STRING)));
        add(reconciler, SqlPartitions.QUOTED_IDENTIFIER, whole(new TextAttribute(SqlColours.QUOTED_IDENTIFIER)));
        return reconciler;
    }

    private static void add(PresentationReconciler reconciler, String contentType, RuleBasedScanner scanner) {
        DefaultDamagerRepairer dr = new DefaultDamagerRepairer(scanner);
        reconciler.setDamager(dr, contentType);
        reconciler.setRepairer(dr, contentType);
    }

    /** A scanner colouring a whole partition alike. */
    private static RuleBasedScanner whole(TextAttribute attribute) {
        RuleBasedScanner scanner = new RuleBasedScanner();
        scanner.setDefaultReturnToken(new Token(attribute));
        return scanner;
    }

    @Override
    public IContentAssistant getContentAssistant(ISourceViewer sourceViewer) {
        ContentAssistant assistant = new ContentAssistant();
        assistant.setDocumentPartitioning(SqlPartitions.PARTITIONING);
        // code and quoted identifiers complete; strings and comments do not (the engine says so too)
        SqlCompletionProcessor processor = new SqlCompletionProcessor();
        assistant.setContentAssistProcessor(processor, IDocument.DEFAULT_CONTENT_TYPE);
        assistant.setContentAssistProcessor(processor, SqlPartitions.QUOTED_IDENTIFIER);
        assistant.enableAutoActivation(true);
        assistant.setAutoActivationDelay(300);
        assistant.enableAutoInsert(true);
        assistant.setProposalPopupOrientation(IContentAssistant.PROPOSAL_OVERLAY);
        assistant.setInformationControlCreator(getInformationControlCreator(sourceViewer));
        return assistant;
    }

    @Override
    public IReconciler getReconciler(ISourceViewer sourceViewer) {
        return null; // no spell checking: SQL words are not English
    }
}
