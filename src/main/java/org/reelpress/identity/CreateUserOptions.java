package org.reelpress.identity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What {@code create-user} was asked for. Arguments shaped like {@code --reelpress.data-dir=PATH}
 * (a dotted name and a value) are the blog's own settings and pass through to it unread.
 */
record CreateUserOptions(boolean help, NewWriter writer, List<String> settings) {

    static final Set<Role> WRITER_ROLES = EnumSet.range(Role.ADMINISTRATOR, Role.CONTRIBUTOR);

    private static final Set<String> NAMES = Set.of("role", "login", "email", "name");

    static CreateUserOptions parse(List<String> args) throws CommandRefused {
        Map<String, String> given = new HashMap<>();
        List<String> settings = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--help") || arg.equals("-h")) {
                return new CreateUserOptions(true, null, List.of());
            }
            int equals = arg.indexOf('=');
            String name = arg.startsWith("--") ? arg.substring(2, equals < 0 ? arg.length() : equals) : "";
            if (NAMES.contains(name)) {
                if (equals < 0 && i + 1 == args.size()) {
                    throw new CommandRefused("--" + name + " needs a value.");
                }
                String value = equals < 0 ? args.get(++i) : arg.substring(equals + 1);
                if (given.put(name, value.strip()) != null) {
                    throw new CommandRefused("--" + name + " is given twice.");
                }
            } else if (name.contains(".") && equals > 0) {
                settings.add(arg);
            } else {
                throw new CommandRefused("Unknown argument " + arg + " (see --help).");
            }
        }
        String login = required(given, "login");
        NewWriter writer = new NewWriter(role(given.getOrDefault("role", "author")), login,
                required(given, "email"), given.getOrDefault("name", login));
        return new CreateUserOptions(false, writer, List.copyOf(settings));
    }

    private static String required(Map<String, String> given, String name) throws CommandRefused {
        String value = given.get(name);
        if (value == null || value.isEmpty()) {
            throw new CommandRefused("--" + name + " is required (see --help).");
        }
        return value;
    }

    private static Role role(String name) throws CommandRefused {
        return Arrays.stream(Role.values())
                .filter(role -> WRITER_ROLES.contains(role) && role.name().equalsIgnoreCase(name))
                .findFirst()
                .orElseThrow(() -> new CommandRefused("There is no writer's role \"" + name + "\"; choose one of "
                        + WRITER_ROLES.stream().map(role -> role.name().toLowerCase(Locale.ROOT))
                        .collect(Collectors.joining(", ")) + "."));
    }
}
