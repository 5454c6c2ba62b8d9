package org.agreementtracker.webtest;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.FileSystemUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The web tests' store: the tracker's own embedded store, as a user gets it, in a fresh temporary directory on any
 * free loopback port, one per application context ({@code @ContextConfiguration(initializers = TestStore.class)}).
 * Set before the context refreshes, as the store starts early; the directory goes when the context closes, after the
 * store has stopped.
 */
public class TestStore implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    /** The temporary data directory of one application context. */
    public record DataDirectory(Path path) implements DisposableBean {

        @Override
        public void destroy() throws IOException {
            FileSystemUtils.deleteRecursively(path);
        }
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        Path directory;
        try {
            directory = Files.createTempDirectory("tracker-test-store-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource(
                "testStore", Map.of("tracker.data-dir", directory.toString(), "tracker.embedded.port", "0")));
        ((GenericApplicationContext) context).registerBean("testDataDirectory", DataDirectory.class,
                                                           () -> new DataDirectory(directory));
        // the store depends on its directory, so it is closed before the directory is removed
        context.addBeanFactoryPostProcessor(storeAfterItsDirectory());
    }

    private static BeanFactoryPostProcessor storeAfterItsDirectory() {
        return beanFactory -> {
            if (beanFactory.containsBeanDefinition("embeddedMongoServer")) {
                beanFactory.getBeanDefinition("embeddedMongoServer").setDependsOn("testDataDirectory");
            }
        };
    }
}
