package it.sfide.identity.web;

import it.sfide.identity.boundary.AccountService;
import it.sfide.identity.boundary.ApiTokenService;
import it.sfide.identity.boundary.CreatedToken;
import it.sfide.identity.boundary.Me;
import it.sfide.identity.boundary.TokenView;
import it.sfide.platform.web.LanguageBacking;
import it.sfide.platform.web.Messages;
import it.sfide.shared.SfideException;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** My account: details, language, password and personal API tokens. */
@Named
@ViewScoped
public class ProfileBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String SELF = "/account/profile?faces-redirect=true";

    @Inject
    AccountService accounts;

    @Inject
    ApiTokenService tokens;

    @Inject
    LanguageBacking language;

    private Me me;
    private String locale;
    private String currentPassword;
    private String newPassword;
    private String confirmation;
    private List<TokenView> myTokens;
    private String tokenName;
    private CreatedToken created;
    private Long revoking;

    @PostConstruct
    void init() {
        me = accounts.me();
        locale = me.locale();
        myTokens = tokens.mine();
    }

    public String saveLanguage() {
        accounts.preferLocale(Locale.forLanguageTag(locale));
        language.useLocale(locale);
        Messages.info("profile.language.saved");
        return SELF;
    }

    public String changePassword() {
        try {
            if (!Objects.equals(newPassword, confirmation)) {
                throw SfideException.invalid("confirmation", "error.password.mismatch");
            }
            accounts.changePassword(currentPassword, newPassword);
        } finally {
            currentPassword = null;
            newPassword = null;
            confirmation = null;
        }
        Messages.info("profile.password.changed");
        return SELF;
    }

    public void createToken() {
        created = tokens.create(tokenName);
        tokenName = null;
        revoking = null;
        myTokens = tokens.mine();
    }

    /** First step of a revocation: the row asks for confirmation. */
    public void askRevoke(long id) {
        revoking = id;
        created = null;
    }

    public void cancelRevoke() {
        revoking = null;
    }

    public String revoke() {
        tokens.revoke(revoking);
        Messages.info("profile.tokens.revoked");
        return SELF;
    }

    public boolean isRevoking(long id) {
        return revoking != null && revoking == id;
    }

    public Me getMe() { return me; }
    public String getLocale() { return locale; }
    public void setLocale(String locale) { this.locale = locale; }
    public String getCurrentPassword() { return currentPassword; }
    public void setCurrentPassword(String currentPassword) { this.currentPassword = currentPassword; }
    public String getNewPassword() { return newPassword; }
    public void setNewPassword(String newPassword) { this.newPassword = newPassword; }
    public String getConfirmation() { return confirmation; }
    public void setConfirmation(String confirmation) { this.confirmation = confirmation; }
    public List<TokenView> getMyTokens() { return myTokens; }
    public String getTokenName() { return tokenName; }
    public void setTokenName(String tokenName) { this.tokenName = tokenName; }
    public CreatedToken getCreated() { return created; }
}
