package org.lianxin.api.security;

/** A user just created or given a new password: the one-time password is shown here once and never again. */
public record NewUser(User user, String oneTimePassword) {}
