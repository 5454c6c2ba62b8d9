package org.agreementtracker.security;

import org.agreementtracker.api.actor.Role;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The role names in the {@code @PreAuthorize} expressions are those of {@link Role}: a typo would deny everyone. */
class AuthorizedTest {

    @Test
    void everyRoleNamedInAnExpressionIsARole() throws IllegalAccessException {
        Pattern quoted = Pattern.compile("'([A-Z_]+)'");
        for (Field field : Authorized.class.getFields()) {
            if (!Modifier.isStatic(field.getModifiers()) || field.getType() != String.class) {
                continue;
            }
            String value = (String) field.get(null);
            Matcher names = quoted.matcher(value);
            while (names.find()) {
                assertThat(Arrays.stream(Role.values()).map(Role::name)).as(field.getName()).contains(names.group(1));
            }
            if (!value.contains("(")) {
                assertThat(Role.valueOf(value).name()).isEqualTo(field.getName());
            }
        }
    }
}
