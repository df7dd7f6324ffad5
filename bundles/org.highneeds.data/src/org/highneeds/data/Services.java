package org.highneeds.data;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The one way the workbench and the command line reach the headless services (the workspace database, the benchmark
 * engine, the user-defined indicators): {@code Services.get(WorkspaceDatabaseService.class)}.
 */
public final class Services {

    private static final Map<Class<?>, ServiceTracker<?, ?>> TRACKERS = new ConcurrentHashMap<>();

    private Services() {
    }

    /**
     * The registered service of {@code type}, waiting briefly while the service runtime starts.
     *
     * @throws IllegalStateException when there is none (the message names it: felix.scr not started, or a bundle missing)
     */
    public static <T> T get(Class<T> type) {
        @SuppressWarnings("unchecked")
        ServiceTracker<T, T> tracker = (ServiceTracker<T, T>) TRACKERS.computeIfAbsent(type, Services::track);
        T service;
        try {
            service = tracker.waitForService(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            service = null;
        }
        if (service == null) {
            throw new IllegalStateException("The service " + type.getName() + " is not available: the installation lacks "
                    + "its bundle or the declarative services runtime (org.apache.felix.scr) is not started.");
        }
        return service;
    }

    private static ServiceTracker<?, ?> track(Class<?> type) {
        Bundle bundle = FrameworkUtil.getBundle(Services.class);
        BundleContext context = bundle == null ? null : bundle.getBundleContext();
        if (context == null) {
            throw new IllegalStateException("The service " + type.getName() + " is not available outside a running "
                    + "OSGi framework (bundle org.highneeds.data is not started).");
        }
        ServiceTracker<?, ?> tracker = new ServiceTracker<>(context, type, null);
        tracker.open();
        return tracker;
    }
}
