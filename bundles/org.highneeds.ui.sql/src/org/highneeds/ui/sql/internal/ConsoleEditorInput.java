package org.highneeds.ui.sql.internal;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.resources.IStorage;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.PlatformObject;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IPersistableElement;
import org.eclipse.ui.IStorageEditorInput;
import org.highneeds.ui.sql.SqlUi;

/** An untitled SQL console: text held in memory, never saved, numbered "SQL Console 1", "SQL Console 2" ... */
public final class ConsoleEditorInput extends PlatformObject implements IStorageEditorInput {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    private final String name;
    private final String initialText;

    /** A new console starting with the given SQL (may be empty). */
    public ConsoleEditorInput(String initialText) {
        this.name = "SQL Console " + COUNTER.incrementAndGet();
        this.initialText = initialText == null ? "" : initialText;
    }

    @Override
    public IStorage getStorage() {
        return new IStorage() {
            @Override
            public InputStream getContents() {
                return new ByteArrayInputStream(initialText.getBytes(StandardCharsets.UTF_8));
            }

            @Override
            public IPath getFullPath() {
                return null;
            }

            @Override
            public String getName() {
                return name;
            }

            @Override
            public boolean isReadOnly() {
                return false;
            }

            @Override
            public <T> T getAdapter(Class<T> adapter) {
                return null;
            }
        };
    }

    @Override
    public boolean exists() {
        return false; // not offered in the recently-opened list: there is nothing to reopen
    }

    @Override
    public ImageDescriptor getImageDescriptor() {
        return SqlUi.icon(SqlImages.CONSOLE);
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public IPersistableElement getPersistable() {
        return null;
    }

    @Override
    public String getToolTipText() {
        return name + " on the workspace database";
    }
}
