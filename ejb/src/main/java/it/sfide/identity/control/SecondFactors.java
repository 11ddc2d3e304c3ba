package it.sfide.identity.control;

import it.sfide.identity.Account;
import it.sfide.identity.RecoveryCode;
import it.sfide.platform.keys.MasterKey;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * The second factor of an account: its TOTP secret sealed under the master key (the account as associated data, so
 * a secret copied to another row opens nothing), codes checked without reuse, and one-time recovery codes.
 */
@Dependent
public class SecondFactors {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    MasterKey master;

    @Inject
    Accounts accounts;

    @Inject
    Clock clock;

    /** Starts an enrolment with a new secret; returns it in clear, for the person's app only. */
    public byte[] begin(Account account) {
        byte[] secret = Totp.newSecret();
        account.beginSecondFactor(master.seal(MasterKey.SECOND_FACTORS, secret, place(account)));
        return secret;
    }

    /** The step of a right code of the account's secret (enrolling or enabled), never one already used. */
    public OptionalLong step(Account account, String code) {
        byte[] sealed = account.getTotpSecret();
        if (sealed == null) {
            return OptionalLong.empty();
        }
        byte[] secret = master.unseal(MasterKey.SECOND_FACTORS, sealed, place(account));
        return Totp.matchingStep(secret, code, clock.instant(), account.getTotpLastStep());
    }

    /**
     * Whether the code opens the second factor of an enrolled account: a code of the app (then its step is spent)
     * or an unused recovery code (then it is spent).
     */
    public boolean accept(Account account, String code) {
        if (!account.hasSecondFactor() || code == null || code.isBlank()) {
            return false;
        }
        OptionalLong step = step(account, code);
        if (step.isPresent()) {
            account.useSecondFactorStep(step.getAsLong());
            return true;
        }
        String hash = Secrets.sha256(normaliseRecoveryCode(code));
        Instant now = clock.instant();
        return accounts.unusedRecoveryCodes(account.getId()).stream()
                .filter(c -> java.security.MessageDigest.isEqual(c.getCodeHash().getBytes(), hash.getBytes()))
                .findFirst().map(c -> {
                    c.use(now);
                    return true;
                }).orElse(false);
    }

    /** New recovery codes in place of any earlier ones, in clear for the person to keep (stored hashed). */
    public List<String> newRecoveryCodes(Account account) {
        accounts.deleteRecoveryCodes(account.getId());
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < RecoveryCode.PER_ENROLMENT; i++) {
            byte[] bytes = new byte[8];
            RANDOM.nextBytes(bytes);
            String code = Totp.base32(bytes).substring(0, 12).toLowerCase(Locale.ROOT);
            codes.add(code.substring(0, 4) + "-" + code.substring(4, 8) + "-" + code.substring(8));
            accounts.persist(new RecoveryCode(account, Secrets.sha256(code)));
        }
        return codes;
    }

    public void remove(Account account) {
        accounts.deleteRecoveryCodes(account.getId());
        account.dropSecondFactor();
    }

    /**
     * Takes away the second factor of a person who lost it, on a platform admin's word: secret and recovery codes
     * gone, every session ended and every API token revoked (they were opened with the lost factor).
     */
    public void withdraw(Account account) {
        Instant now = clock.instant();
        accounts.deleteRecoveryCodes(account.getId());
        account.withdrawSecondFactor();
        accounts.tokensOf(account.getId()).stream().filter(t -> t.isActive(now)).forEach(t -> t.revoke(now));
    }

    public int recoveryCodesLeft(Account account) {
        return accounts.unusedRecoveryCodes(account.getId()).size();
    }

    private static String normaliseRecoveryCode(String typed) {
        return typed.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
    }

    private static String place(Account account) {
        return "totp|account:" + account.getId();
    }
}
