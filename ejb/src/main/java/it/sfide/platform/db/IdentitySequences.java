package it.sfide.platform.db;

import it.sfide.platform.Settings;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.queries.ValueReadQuery;
import org.eclipse.persistence.sequencing.NativeSequence;
import org.eclipse.persistence.sequencing.QuerySequence;
import org.eclipse.persistence.sequencing.Sequence;
import org.eclipse.persistence.sessions.DatasourceLogin;
import org.eclipse.persistence.sessions.Session;

import java.util.Locale;

/**
 * On the embedded H2, EclipseLink takes the key of every entity mapped with {@code GenerationType.IDENTITY} from
 * the table's own sequence (see {@link H2Identities} for why), before the insert; on MariaDB and MySQL nothing
 * changes and the database's {@code AUTO_INCREMENT} gives the key. Named in persistence.xml.
 */
public class IdentitySequences implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        String url = ConfigProvider.getConfig(IdentitySequences.class.getClassLoader())
                .getValue(Settings.DB_URL, String.class);
        if (url.startsWith("jdbc:h2:")) {
            useTableSequences(session);
        }
    }

    static void useTableSequences(Session session) {
        DatasourceLogin login = (DatasourceLogin) session.getDatasourceLogin();
        for (ClassDescriptor descriptor : session.getDescriptors().values()) {
            if (!descriptor.usesSequenceNumbers()) {
                continue;
            }
            Sequence sequence = login.getSequence(descriptor.getSequenceNumberName());
            if (sequence instanceof NativeSequence nativeSequence
                    && nativeSequence.shouldUseIdentityIfPlatformSupports()) {
                // EclipseLink upper-cases defaulted column names; H2 keeps the schema's names in lower case
                String name = H2Identities.sequenceName(descriptor.getTableName().toLowerCase(Locale.ROOT),
                        descriptor.getSequenceNumberField().getName().toLowerCase(Locale.ROOT));
                descriptor.setSequenceNumberName(name);
                login.addSequence(new H2Sequence(name));
            }
        }
    }

    /**
     * One value per insert, read with {@code NEXT VALUE FOR} on the inserting transaction's connection (H2's
     * sequences are not transactional: a rolled-back insert leaves a gap, as {@code AUTO_INCREMENT} does).
     */
    static final class H2Sequence extends QuerySequence {

        private static final long serialVersionUID = 1L;

        H2Sequence(String name) {
            super(name, 1, false, false);
            setShouldSkipUpdate(true);
            setSelectQuery(new ValueReadQuery("SELECT NEXT VALUE FOR " + name));
        }
    }
}
