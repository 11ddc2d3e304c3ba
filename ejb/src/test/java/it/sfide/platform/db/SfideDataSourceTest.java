package it.sfide.platform.db;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SfideDataSourceTest {

    @Test
    void picksTheDriverFromTheUrl() {
        assertEquals("org.h2.Driver", SfideDataSource.driverClassFor("jdbc:h2:file:/tmp/x"));
        assertEquals("com.mysql.cj.jdbc.Driver", SfideDataSource.driverClassFor("jdbc:mysql://db:3306/sfide"));
        assertEquals("org.mariadb.jdbc.Driver", SfideDataSource.driverClassFor("jdbc:mariadb://db:3306/sfide"));
    }

    @Test
    void refusesAnUnsupportedDatabase() {
        assertThrows(IllegalArgumentException.class, () -> SfideDataSource.driverClassFor("jdbc:postgresql://x/y"));
    }

    @Test
    void givesH2TheMySqlModeUnlessAModeIsChosen() {
        assertEquals("jdbc:h2:file:/d/sfide" + SfideDataSource.H2_MYSQL_MODE + SfideDataSource.H2_DURABLE,
                SfideDataSource.effectiveUrl("jdbc:h2:file:/d/sfide"));
        assertEquals("jdbc:h2:mem:x;MODE=MySQL;WRITE_DELAY=0", SfideDataSource.effectiveUrl("jdbc:h2:mem:x;MODE=MySQL"));
        assertEquals("jdbc:h2:mem:x;MODE=MySQL;WRITE_DELAY=10",
                SfideDataSource.effectiveUrl("jdbc:h2:mem:x;MODE=MySQL;WRITE_DELAY=10"));
        assertEquals("jdbc:mariadb://h/db", SfideDataSource.effectiveUrl("jdbc:mariadb://h/db"));
    }
}
