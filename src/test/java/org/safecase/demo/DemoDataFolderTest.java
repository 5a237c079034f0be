package org.safecase.demo;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DemoDataFolderTest {
    @TempDir
    Path scratch;

    @Test
    void issue12_item6_theDemoDataLivesInTheUsersDataFolderWhereverTheCheckoutIs() throws Exception {
        Path home = Files.createDirectories(scratch.resolve("home"));
        Path temp = Files.createDirectories(scratch.resolve("tmp"));

        assertThat(DemoDataFolder.choose(Map.of(), home, temp))
                .isEqualTo(home.toRealPath().resolve(".local/share/safecase/demo"));
        assertThat(DemoDataFolder.choose(Map.of("XDG_DATA_HOME", home.resolve("data").toString()), home, temp))
                .isEqualTo(home.toRealPath().resolve("data/safecase/demo"));
        assertThat(DemoDataFolder.choose(Map.of("SAFECASE_DEMO_DATA_DIR", home.resolve("kept").toString(),
                "XDG_DATA_HOME", home.resolve("data").toString()), home, temp))
                .as("the explicit setting wins").isEqualTo(home.toRealPath().resolve("kept"));
    }

    @Test
    void issue12_item6_theDemoRefusesToStartWithItsDataUnderTheTempFolder() throws Exception {
        Path temp = Files.createDirectories(scratch.resolve("tmp"));
        Path homeUnderTemp = Files.createDirectories(temp.resolve("home"));
        Path link = Files.createSymbolicLink(scratch.resolve("tmp-link"), temp);

        assertThatThrownBy(() -> DemoDataFolder.choose(Map.of(), homeUnderTemp, temp))
                .hasMessageContaining("under the temp folder").hasMessageContaining("SAFECASE_DEMO_DATA_DIR");
        assertThatThrownBy(() -> DemoDataFolder.choose(Map.of("SAFECASE_DEMO_DATA_DIR",
                link.resolve("demo").toString()), scratch, temp)).as("through a link to the temp folder")
                .hasMessageContaining("under the temp folder");
        assertThatThrownBy(() -> DemoDataFolder.choose(Map.of("SAFECASE_DEMO_DATA_DIR", "data"), scratch,
                Path.of("").toAbsolutePath())).as("a relative folder is taken from the working folder")
                .hasMessageContaining("under the temp folder");
    }
}
