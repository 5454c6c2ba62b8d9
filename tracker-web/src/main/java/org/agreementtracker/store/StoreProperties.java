package org.agreementtracker.store;

import com.mongodb.ConnectionString;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.StringUtils;

import java.nio.file.Path;

/**
 * Where the tracker keeps its state: a MongoDB deployment named by {@code tracker.mongo.uri}, or, when that is unset,
 * the embedded store under {@code tracker.data-dir}.
 *
 * @param mongo    the MongoDB deployment; its URI may name the database
 * @param dataDir  the embedded store's directory
 * @param embedded how the embedded store listens and syncs
 */
@ConfigurationProperties("tracker")
public record StoreProperties(@DefaultValue Mongo mongo,
                              @DefaultValue("./data") Path dataDir,
                              @DefaultValue Embedded embedded) {

    static final String DEFAULT_DATABASE = "tracker";

    public StoreProperties {
        if (embedded.port() < 0 || embedded.port() > 65_535) {
            throw new IllegalArgumentException("tracker.embedded.port must be 0 (any free port) to 65535, not "
                                                       + embedded.port());
        }
    }

    /** @param uri a MongoDB connection string; unset or blank for the embedded store */
    public record Mongo(String uri) {
    }

    /**
     * @param port  loopback port, 0 for any free one (the address is logged at start)
     * @param fsync force every commit to the device: survives power loss, not only a killed process
     */
    public record Embedded(@DefaultValue("27017") int port, @DefaultValue("false") boolean fsync) {
    }

    public boolean isEmbedded() {
        return !StringUtils.hasText(mongo.uri());
    }

    /** The database named in the URI, else {@value #DEFAULT_DATABASE}. */
    String databaseName() {
        if (isEmbedded()) {
            return DEFAULT_DATABASE;
        }
        String named = new ConnectionString(mongo.uri()).getDatabase();
        return StringUtils.hasText(named) ? named : DEFAULT_DATABASE;
    }
}
