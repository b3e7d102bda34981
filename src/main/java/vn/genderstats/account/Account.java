package vn.genderstats.account;

import java.util.Set;

/** A portal user: its login, name, the one unit it belongs to (a code of a dated list) and its roles. */
public record Account(String login, String fullName, String versionId, String unitCode, Set<Role> roles,
        boolean enabled) {

    public Account {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
