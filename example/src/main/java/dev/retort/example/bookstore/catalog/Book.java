package dev.retort.example.bookstore.catalog;

import dev.retort.example.bookstore.shared.Money;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

/** A title the store sells, identified by its ISBN-13. */
@Entity
@Table(name = "books",
        uniqueConstraints = @UniqueConstraint(name = "books_isbn_key", columnNames = "isbn"),
        indexes = @Index(name = "books_publisher_idx", columnList = "publisher_id"))
public class Book {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "book_ids")
    @SequenceGenerator(name = "book_ids", sequenceName = "book_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = 13)
    private String isbn;

    @Column(nullable = false, length = 300)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private Genre genre;

    @Embedded
    @AttributeOverride(name = "amount", column = @Column(name = "list_price", precision = 10, scale = 2,
            nullable = false))
    @AttributeOverride(name = "currency", column = @Column(name = "list_currency", length = 3, nullable = false))
    private Money listPrice;

    @Column(name = "published_on")
    private LocalDate publishedOn;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "publisher_id", foreignKey = @ForeignKey(name = "books_publisher_fk"))
    private Publisher publisher;

    @ManyToMany
    @JoinTable(name = "book_authors",
            joinColumns = @JoinColumn(name = "book_id", foreignKey = @ForeignKey(name = "book_authors_book_fk")),
            inverseJoinColumns = @JoinColumn(name = "author_id",
                    foreignKey = @ForeignKey(name = "book_authors_author_fk")))
    private Set<Author> authors = new LinkedHashSet<>();

    @Version
    private int version;

    protected Book() {
    }

    public Book(String isbn, String title, Genre genre, Money listPrice, Publisher publisher) {
        this.isbn = isbn;
        this.title = title;
        this.genre = genre;
        this.listPrice = listPrice;
        this.publisher = publisher;
    }

    public Long id() {
        return id;
    }

    public String isbn() {
        return isbn;
    }

    public String title() {
        return title;
    }

    public Set<Author> authors() {
        return authors;
    }
}
