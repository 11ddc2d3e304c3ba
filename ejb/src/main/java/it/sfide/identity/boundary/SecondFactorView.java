package it.sfide.identity.boundary;

import java.util.List;

/**
 * The caller's second factor: whether it is on, whether they must have one (platform admins), how many recovery
 * codes are left; {@code recoveryCodes} only in the answer that turns it on (shown once).
 */
public record SecondFactorView(boolean enabled, boolean required, int recoveryCodesLeft, List<String> recoveryCodes) {
}
