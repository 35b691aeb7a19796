package org.lianxin.core.internal.jpa;

import java.io.Serializable;
import java.util.Objects;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

/** One row of the index behind the suggestion filter by deputy; the suggestion row holds the list itself. */
@Entity
@Table(name = "LX_SUGGESTION_DEPUTY")
@IdClass(SuggestionDeputyLink.Key.class)
public class SuggestionDeputyLink {
    @Id
    @Column(name = "SUGGESTION_ID")
    public long suggestionId;
    @Id
    @Column(name = "DEPUTY_ID")
    public long deputyId;
    public int pos;

    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        public long suggestionId;
        public long deputyId;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.suggestionId == suggestionId && k.deputyId == deputyId;
        }

        @Override
        public int hashCode() {
            return Objects.hash(suggestionId, deputyId);
        }
    }
}
