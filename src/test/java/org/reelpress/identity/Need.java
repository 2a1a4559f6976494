package org.reelpress.identity;

import java.util.function.Predicate;

/** What a visitor must be to use an endpoint: anyone, anyone signed in, or a role with a permission. */
record Need(String label, Predicate<Role> admits) {

    static final Need ANYONE = new Need("anyone", role -> true);
    static final Need SIGNED_IN = new Need("signed in", role -> role != null);

    static Need may(Permission permission) {
        return new Need(permission.name(), role -> role != null && role.may(permission));
    }

    /** Whether a visitor of {@code role} (null: not signed in) may use the endpoint, as the README's table says. */
    boolean lets(Role role) {
        return admits.test(role);
    }
}
