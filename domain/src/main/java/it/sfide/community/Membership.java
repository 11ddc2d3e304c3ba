package it.sfide.community;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;

/** A person's membership of a community, and whether they manage it. */
@Entity
@Table(name = "community_member")
@NamedQuery(name = Membership.FIND, query = "SELECT m FROM Membership m WHERE m.communityId = :community"
        + " AND m.accountId = :account")
@NamedQuery(name = Membership.COUNT, query = "SELECT COUNT(m) FROM Membership m WHERE m.communityId = :community")
@NamedQuery(name = Membership.OF_COMMUNITY, query = "SELECT m FROM Membership m WHERE m.communityId = :community"
        + " ORDER BY m.joinedAt")
public class Membership {

    public static final String FIND = "Membership.find";
    public static final String COUNT = "Membership.count";
    public static final String OF_COMMUNITY = "Membership.ofCommunity";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "community_id", nullable = false)
    private long communityId;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 20)
    private MemberRole role;

    @Column(name = "joined_at", nullable = false)
    private Instant joinedAt;

    protected Membership() {
    }

    public Membership(long communityId, long accountId, MemberRole role, Instant now) {
        this.communityId = communityId;
        this.accountId = accountId;
        this.role = role;
        this.joinedAt = now;
    }

    public void makeManager() {
        role = MemberRole.MANAGER;
    }

    public boolean isManager() {
        return role == MemberRole.MANAGER;
    }

    public Long getId() { return id; }
    public long getCommunityId() { return communityId; }
    public long getAccountId() { return accountId; }
    public MemberRole getRole() { return role; }
    public Instant getJoinedAt() { return joinedAt; }
}
