package dev.retort.example.bookstore.catalog;

import dev.retort.example.bookstore.customer.Customer;
import jakarta.persistence.CheckConstraint;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;

/** A customer's rating (one to five stars) of a book, at most one per customer and book. */
@Entity
@Table(name = "reviews",
        uniqueConstraints = @UniqueConstraint(name = "reviews_book_customer_key",
                columnNames = {"book_id", "customer_id"}),
        check = @CheckConstraint(name = "reviews_rating_range", constraint = "rating BETWEEN 1 AND 5"))
public class Review {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "book_id", foreignKey = @ForeignKey(name = "reviews_book_fk"))
    private Book book;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id", foreignKey = @ForeignKey(name = "reviews_customer_fk"))
    private Customer customer;

    @Column(nullable = false)
    private short rating;

    @Column(columnDefinition = "text")
    private String body;

    @Column(name = "written_at", nullable = false)
    private Instant writtenAt;

    protected Review() {
    }

    public Review(Book book, Customer customer, short rating, String body, Instant writtenAt) {
        this.book = book;
        this.customer = customer;
        this.rating = rating;
        this.body = body;
        this.writtenAt = writtenAt;
    }

    public short rating() {
        return rating;
    }
}
