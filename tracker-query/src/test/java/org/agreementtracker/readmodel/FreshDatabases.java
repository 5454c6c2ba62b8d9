package org.agreementtracker.readmodel;

import com.mongodb.client.MongoDatabase;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * With {@code @ExtendWith(FreshDatabases.class)}, a {@link MongoDatabase} parameter of a test or of a
 * {@code @BeforeEach} method is a fresh, empty database on a {@link TestMongo} that the whole test run shares (started
 * on first use, closed when the run ends): each test starts from nothing without starting a server of its own.
 */
public final class FreshDatabases implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(FreshDatabases.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == MongoDatabase.class;
    }

    @Override
    public MongoDatabase resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                      .computeIfAbsent(TestMongo.class, key -> new TestMongo(), TestMongo.class)
                      .freshDatabase();
    }
}
