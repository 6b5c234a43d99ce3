package org.caretrail.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConfiguredUserTest {

    @Test
    void readsNamePasswordAndRoles() {
        ConfiguredUser user = ConfiguredUser.parse("nurse-7:{bcrypt}$2a$10$abc:CASE_MANAGER,quality");

        assertThat(user).isEqualTo(new ConfiguredUser("nurse-7", "{bcrypt}$2a$10$abc",
                List.of(Role.CASE_MANAGER, Role.QUALITY)));
    }

    @Test
    void aPasswordMayContainColons() {
        assertThat(ConfiguredUser.parse("ops:{noop}a:b:c:ADMIN").encodedPassword()).isEqualTo("{noop}a:b:c");
    }

    @Test
    void anUnknownRoleIsRefusedByName() {
        assertThatThrownBy(() -> ConfiguredUser.parse("ops:{noop}secret:SUPERUSER"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("SUPERUSER")
                .hasMessageNotContaining("secret");
    }

    @Test
    void aPasswordWithoutItsEncodingIsRefusedWithoutEchoingIt() {
        assertThatThrownBy(() -> ConfiguredUser.parse("ops:hunter2:ADMIN"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("{bcrypt}")
                .hasMessageNotContaining("hunter2");
    }

    @Test
    void anEntryWithoutRolesIsRefused() {
        assertThatThrownBy(() -> ConfiguredUser.parse("ops:{noop}secret:")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ConfiguredUser.parse("ops:{noop}secret")).isInstanceOf(IllegalArgumentException.class);
    }
}
