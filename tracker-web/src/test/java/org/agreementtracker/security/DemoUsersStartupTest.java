package org.agreementtracker.security;

import org.agreementtracker.webtest.Http;
import org.agreementtracker.webtest.TestStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** A newcomer with no users configured reads the demo users' passwords in the startup log and logs in with them. */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"tracker.security.demo-users=true", "tracker.demo-data=false"})
@ContextConfiguration(initializers = TestStore.class)
class DemoUsersStartupTest {

    @LocalServerPort
    int port;

    @Test
    void theLoggedDemoPasswordsLetEachRoleIn(CapturedOutput output) {
        String log = output.getAll();
        assertThat(log).contains("No tracker.security.users are configured, so these demo users exist");

        String admin = password(log, "admin");
        assertThat(Http.to(port).get("/api/v1/bodies").as("admin", admin).send().status()).isEqualTo(200);

        String officer = password(log, "ministry-by");
        var me = Http.to(port).get("/api/v1/bodies").as("ministry-by", officer).send();
        assertThat(me.status()).isEqualTo(200);
        assertThat(Http.to(port).get("/api/v1/bodies").as("ministry-by", admin).send().status()).isEqualTo(401);
    }

    private static String password(String log, String user) {
        Matcher matcher = Pattern.compile("\\n\\s+" + Pattern.quote(user) + "\\s+(\\S{20})\\s").matcher(log);
        assertThat(matcher.find()).as("the log shows the password of " + user).isTrue();
        return matcher.group(1);
    }
}
