package org.reelpress.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The README's table of who may do what is the one the server enforces, cell for cell. */
class PermissionMatrixTest {

    /** Columns of the README table after the role, in order. */
    private static final Permission[] COLUMNS = {
            Permission.COMMENT, Permission.WRITE_DRAFTS, Permission.PUBLISH_OWN_POSTS, Permission.EDIT_OTHERS_POSTS,
            Permission.MODERATE_COMMENTS, Permission.CHANGE_SETTINGS, Permission.MANAGE_USERS};

    static Stream<Arguments> documentedCells() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("README.md"));
        int heading = lines.indexOf("### Who may do what");
        List<Arguments> cells = new ArrayList<>();
        for (String line : lines.subList(heading + 1, lines.size())) {
            if (line.startsWith("| ") && !line.startsWith("| role") && !line.startsWith("| ---")) {
                String[] parts = line.split("\\|");
                Role role = Role.ofColumn(parts[1].strip());
                for (int column = 0; column < COLUMNS.length; column++) {
                    cells.add(Arguments.of(role, COLUMNS[column], parts[column + 2].strip().equals("yes")));
                }
            } else if (!cells.isEmpty() && line.isBlank()) {
                break;
            }
        }
        assertThat(cells).as("the README documents every role and permission").hasSize(Role.values().length * COLUMNS.length);
        return cells.stream();
    }

    @ParameterizedTest(name = "{0} may {1}: {2}")
    @MethodSource("documentedCells")
    void grantsExactlyWhatTheReadmeSays(Role role, Permission permission, boolean documented) {
        assertThat(role.may(permission)).isEqualTo(documented);
        assertThat(role.authorities()).extracting(Object::toString)
                .as("Spring Security authorities follow the matrix")
                .matches(authorities -> authorities.contains(permission.authority()) == documented);
    }
}
