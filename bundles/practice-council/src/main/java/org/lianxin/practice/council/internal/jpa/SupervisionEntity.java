package org.lianxin.practice.council.internal.jpa;

import java.time.LocalDate;
import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

@Entity
@Table(name = "LX_COUNCIL_SUPERVISION")
public class SupervisionEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "ITEM_ID")
    public long itemId;
    @Column(name = "NOTED_ON")
    public LocalDate notedOn;
    @Column(name = "AUTHOR")
    public String author;
    @Column(name = "NOTE")
    public String note;
    @Column(name = "SUGGESTION_STATE")
    public String suggestionState;
    @Column(name = "CREATED_AT")
    public LocalDateTime createdAt;
}
