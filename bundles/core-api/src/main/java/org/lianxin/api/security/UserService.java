package org.lianxin.api.security;

import org.lianxin.api.dto.Page;
import org.lianxin.api.dto.PageRequest;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Users, their roles and scopes, and the security audit. Administrators manage users of their own region and below;
 * every change is audited.
 */
@ProviderType
public interface UserService {

    /** Creates a user with a random one-time password, to be changed at first login. */
    NewUser create(UserInput input);

    /** New display name, roles and scope; the username stays. */
    User update(long id, UserInput input);

    User get(long id);

    User getByUsername(String username);

    Page<User> list(Long regionId, Role role, String name, PageRequest page);

    User setEnabled(long id, boolean enabled);

    /** Lifts a lock-out before it ends by itself. */
    User unlock(long id);

    /** A new one-time password, to be changed at the next login. */
    NewUser resetPassword(long id);

    /** Security events, newest first, optionally of one user or kind. */
    Page<SecurityEvent> events(String username, String kind, PageRequest page);

    /** Records a security event of another part (an export, a console action). */
    void audit(String kind, String username, String source, String detail);
}
