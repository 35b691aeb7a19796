package org.lianxin.rest.internal.auth;

/** {@code POST /auth/password}: the caller's own password change. */
public record PasswordInput(String currentPassword, String newPassword) {}
