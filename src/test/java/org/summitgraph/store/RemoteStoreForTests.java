package org.summitgraph.store;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

import java.util.List;
import java.util.Map;

/**
 * Runs every application context of the tests on a remote store when {@link FusekiForTests#wanted()}: each new
 * context gets a fresh dataset of the test Fuseki ({@code summitgraph.store.mode=remote}), ahead of any property the
 * test sets. Otherwise it does nothing, and the tests run on TDB2 as written. Registered in
 * {@code META-INF/spring.factories}.
 */
public final class RemoteStoreForTests implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
        return FusekiForTests.wanted() ? new RemoteStore() : null;
    }

    /** All equal, so that the test framework shares contexts between test classes just as in the default mode. */
    private static final class RemoteStore implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            String dataset = FusekiForTests.get().freshDataset();
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("remote store for tests",
                    Map.of("summitgraph.store.mode", "remote", "summitgraph.store.remote.url", dataset)));
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof RemoteStore;
        }

        @Override
        public int hashCode() {
            return RemoteStore.class.hashCode();
        }
    }
}
