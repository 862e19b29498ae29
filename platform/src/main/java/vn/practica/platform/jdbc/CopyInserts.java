package vn.practica.platform.jdbc;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.hibernate.Session;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.metamodel.mapping.AttributeMapping;
import org.hibernate.metamodel.mapping.EntityMappingType;
import org.hibernate.metamodel.mapping.JdbcMapping;
import org.hibernate.metamodel.mapping.SelectableMapping;

/**
 * Inserts new entities with one {@link CopyRows COPY} per call, in the caller's transaction and bypassing the
 * persistence context, for writers of hundreds of thousands of rows (a matching round's applications, placements
 * and agreements). The table, its columns and each column's value come from Hibernate's own mapping of the
 * entity, so a column added to an entity is copied without a change here. Only flat entities are taken: a single
 * table of basic columns (enums stored by name), an assigned id; anything else is refused at the first call.
 */
@ApplicationScoped
public class CopyInserts {
    private final EntityManager em;
    private final Map<Class<?>, Layout> layouts = new ConcurrentHashMap<>();

    CopyInserts(EntityManager em) {
        this.em = em;
    }

    /** Inserts them all, of one entity class; a failure fails the caller's transaction with nothing inserted. */
    public void insertAll(List<?> entities) {
        if (entities.isEmpty()) {
            return;
        }
        Layout layout = layouts.computeIfAbsent(entities.get(0).getClass(), this::layout);
        CopyRows rows = CopyRows.into(layout.table, layout.columns);
        for (Object entity : entities) {
            layout.write(entity, rows);
        }
        em.unwrap(Session.class).doWork(rows::copy);
    }

    /** The table and columns Hibernate maps {@code type} to, in a fixed order: the id's, then each attribute's. */
    private Layout layout(Class<?> type) {
        EntityMappingType entity = em.getEntityManagerFactory()
                .unwrap(SessionFactoryImplementor.class)
                .getMappingMetamodel()
                .getEntityDescriptor(type);
        if (entity.getSuperMappingType() != null || !entity.getSubMappingTypes().isEmpty()) {
            throw unsupported(type, "it is part of an inheritance hierarchy");
        }
        List<String> columns = new ArrayList<>();
        List<AttributeMapping> attributes = new ArrayList<>();
        columns.add(column(type, (SelectableMapping) entity.getIdentifierMapping()));
        entity.forEachAttributeMapping(attribute -> {
            if (!(attribute instanceof SelectableMapping selectable)) {
                throw unsupported(type, attribute.getAttributeName() + " is not a single basic column");
            }
            if (selectable.isInsertable() && !selectable.isFormula()) {
                columns.add(column(type, selectable));
                attributes.add(attribute);
            }
        });
        return new Layout(
                entity,
                entity.getMappedTableDetails().getTableName(),
                columns.toArray(String[]::new),
                attributes.toArray(AttributeMapping[]::new));
    }

    /** The column's name, after checking its value has a text form CopyRows writes as Hibernate would bind it. */
    private static String column(Class<?> type, SelectableMapping selectable) {
        JdbcMapping jdbc = selectable.getJdbcMapping();
        boolean isEnum =
                Enum.class.isAssignableFrom(jdbc.getJavaTypeDescriptor().getJavaTypeClass());
        if (isEnum && !jdbc.getJdbcType().isStringLike() && jdbc.getJdbcType().getDefaultSqlTypeCode() != Types.OTHER) {
            throw unsupported(type, selectable.getSelectionExpression() + " stores an enum other than by its name");
        }
        if (jdbc.getValueConverter() != null) {
            throw unsupported(type, selectable.getSelectionExpression() + " has a value converter");
        }
        return selectable.getSelectionExpression();
    }

    private static IllegalArgumentException unsupported(Class<?> type, String why) {
        return new IllegalArgumentException(type.getName() + " cannot be inserted by COPY: " + why);
    }

    private record Layout(EntityMappingType entity, String table, String[] columns, AttributeMapping[] attributes) {
        void write(Object instance, CopyRows rows) {
            rows.value(entity.getIdentifierMapping().getIdentifier(instance));
            for (AttributeMapping attribute : attributes) {
                rows.value(attribute.getValue(instance));
            }
            rows.endRow();
        }
    }
}
