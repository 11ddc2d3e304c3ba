package it.sfide.audit.control;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class AuditInterceptorTest {

    record Done(long id, String name) {
    }

    @Test
    void theTargetIsTheFirstLongArgumentOrTheIdOfTheRecordReturned() {
        assertEquals("7", AuditInterceptor.targetId(new Object[] {"x", 7L}, null));
        assertEquals("9", AuditInterceptor.targetId(new Object[] {"x"}, new Done(9, "n")));
        assertEquals("9", AuditInterceptor.targetId(null, new Done(9, "n")), "a method without arguments");
        assertEquals("11", AuditInterceptor.targetId(new Object[] {"x"}, 11L), "the id a method returns");
        assertNull(AuditInterceptor.targetId(null, null));
    }
}
