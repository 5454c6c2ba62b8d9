package org.agreementtracker.api.actor;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Who caused a message: the authenticated user, the role they acted in, and for a ministry officer the side (a
 * country code such as "PK") and the body (such as "PK-MOFA") they belong to. Committee members, administrators and
 * auditors usually have neither side nor body.
 */
public record Actor(String user, Role role, String side, String body) {

    public Actor {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(role, "role");
    }

    public static Actor ministry(String user, String side, String body) {
        return new Actor(user, Role.MINISTRY, side, body);
    }

    public static Actor committee(String user) {
        return new Actor(user, Role.COMMITTEE, null, null);
    }

    public static Actor admin(String user) {
        return new Actor(user, Role.ADMIN, null, null);
    }

    /** The metadata entries that record this actor on a command (and, through correlation, on its events). */
    public Map<String, String> toMetadata() {
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put(MetadataKeys.USER, user);
        metadata.put(MetadataKeys.ROLE, role.name());
        if (side != null) {
            metadata.put(MetadataKeys.SIDE, side);
        }
        if (body != null) {
            metadata.put(MetadataKeys.BODY, body);
        }
        return metadata;
    }

    /** The actor recorded in a message's metadata, or {@code null} when there is none (e.g. a system event). */
    public static Actor fromMetadata(Map<String, ?> metadata) {
        Object user = metadata.get(MetadataKeys.USER);
        Object role = metadata.get(MetadataKeys.ROLE);
        if (user == null || role == null) {
            return null;
        }
        return new Actor(user.toString(), Role.valueOf(role.toString()), text(metadata.get(MetadataKeys.SIDE)),
                         text(metadata.get(MetadataKeys.BODY)));
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
