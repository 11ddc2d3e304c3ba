package it.sfide.evaluation.control;

import it.sfide.document.boundary.DocumentReaders;
import it.sfide.evaluation.Member;
import it.sfide.evaluation.MemberStatus;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * A committee's members read its restricted documents whatever their organisation (external experts have none):
 * the appointment and the committee report; a member's own conflict-of-interest declaration is read by that member
 * and the committee's chair.
 */
@Dependent
public class CommitteeReaders implements DocumentReaders {

    @Inject
    Evaluations evaluations;

    @Override
    public boolean mayRead(String recordType, String recordId, long organisationId) {
        return false;
    }

    @Override
    public boolean mayReadAsPerson(String recordType, String recordId, long accountId) {
        if (recordId == null || !recordId.matches("[0-9]{1,18}")) {
            return false;
        }
        long id = Long.parseLong(recordId);
        return switch (recordType) {
            case "committee", "committee-report" -> member(id, accountId).isPresent();
            case "committee-member" -> evaluations.member(id).map(m -> m.isAccount(accountId)
                    || member(m.getCommitteeId(), accountId).map(Member::isChair).orElse(false)).orElse(false);
            default -> false;
        };
    }

    private Optional<Member> member(long committeeId, long accountId) {
        return evaluations.members(committeeId).stream()
                .filter(m -> m.isAccount(accountId) && m.getStatus() != MemberStatus.RECUSED).findFirst();
    }
}
