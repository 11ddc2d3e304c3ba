package it.sfide.community.web;

import it.sfide.challenge.Themes;
import it.sfide.community.boundary.CommunityService;
import it.sfide.community.boundary.CommunityViews.CommunityForm;
import it.sfide.community.boundary.CommunityViews.CommunityView;
import it.sfide.platform.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/** The communities: the list, and opening a new one (public bodies' officers and admins). */
@Named
@RequestScoped
public class CommunitiesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CommunityService communities;

    private List<CommunityView> list = List.of();
    private String nameIt;
    private String nameEn;
    private String descriptionIt;
    private String descriptionEn;
    private String theme;

    @PostConstruct
    void init() {
        list = communities.communities();
    }

    public String create() {
        long id = communities.create(new CommunityForm(nameIt, nameEn, descriptionIt, descriptionEn, theme)).id();
        Messages.info("community.created");
        return "/communities/view?faces-redirect=true&id=" + id;
    }

    public List<CommunityView> getList() { return list; }
    public List<String> getThemes() { return Themes.CODES; }
    public String getNameIt() { return nameIt; }
    public void setNameIt(String nameIt) { this.nameIt = nameIt; }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String nameEn) { this.nameEn = nameEn; }
    public String getDescriptionIt() { return descriptionIt; }
    public void setDescriptionIt(String descriptionIt) { this.descriptionIt = descriptionIt; }
    public String getDescriptionEn() { return descriptionEn; }
    public void setDescriptionEn(String descriptionEn) { this.descriptionEn = descriptionEn; }
    public String getTheme() { return theme; }
    public void setTheme(String theme) { this.theme = theme; }
}
