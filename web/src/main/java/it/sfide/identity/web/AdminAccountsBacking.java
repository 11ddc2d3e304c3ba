package it.sfide.identity.web;

import it.sfide.identity.boundary.AccountFactorView;
import it.sfide.identity.boundary.SecondFactorService;
import it.sfide.platform.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/**
 * The platform admin's account lookup (by username or e-mail address): whether the account has a second factor,
 * and its removal, asked for and then confirmed, for a person who lost the app and the recovery codes.
 */
@Named
@ViewScoped
public class AdminAccountsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SecondFactorService secondFactors;

    private String query;
    private AccountFactorView account;
    private boolean searched;
    private boolean confirming;

    public void find() {
        List<AccountFactorView> found = secondFactors.find(query);
        account = found.isEmpty() ? null : found.get(0);
        searched = true;
        confirming = false;
    }

    /** First step of a removal: the admin is asked to confirm. */
    public void askRemove() {
        confirming = account != null;
    }

    public void remove() {
        account = secondFactors.remove(account.id());
        confirming = false;
        Messages.info("admin.accounts.removed", account.username());
    }

    public void cancel() {
        confirming = false;
    }

    public String getQuery() { return query; }
    public void setQuery(String query) { this.query = query; }
    public AccountFactorView getAccount() { return account; }
    public boolean isSearched() { return searched; }
    public boolean isConfirming() { return confirming; }
}
