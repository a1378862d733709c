package dev.retort.example.bookstore.ordering;

import dev.retort.example.bookstore.catalog.Book;
import dev.retort.example.bookstore.shared.Money;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CheckConstraint;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One book in an order: how many, at the price charged when the order was placed. */
@Entity
@Table(name = "order_lines",
        indexes = @Index(name = "order_lines_order_idx", columnList = "order_id"),
        check = @CheckConstraint(name = "order_lines_quantity_positive", constraint = "quantity > 0"))
public class OrderLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "order_id", foreignKey = @ForeignKey(name = "order_lines_order_fk"))
    private PurchaseOrder order;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "book_id", foreignKey = @ForeignKey(name = "order_lines_book_fk"))
    private Book book;

    @Column(nullable = false)
    private int quantity;

    @Embedded
    @AttributeOverride(name = "amount", column = @Column(name = "unit_price", precision = 10, scale = 2,
            nullable = false))
    @AttributeOverride(name = "currency", column = @Column(name = "unit_currency", length = 3, nullable = false))
    private Money unitPrice;

    protected OrderLine() {
    }

    public OrderLine(PurchaseOrder order, Book book, int quantity, Money unitPrice) {
        this.order = order;
        this.book = book;
        this.quantity = quantity;
        this.unitPrice = unitPrice;
    }

    public int quantity() {
        return quantity;
    }

    public Money unitPrice() {
        return unitPrice;
    }
}
