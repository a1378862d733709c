package dev.retort.example.bookstore.inventory;

import dev.retort.example.bookstore.catalog.Book;
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
import jakarta.persistence.Version;

/** How many copies of one book one warehouse holds; updated optimistically, never below zero. */
@Entity
@Table(name = "stock_items",
        uniqueConstraints = @UniqueConstraint(name = "stock_items_book_warehouse_key",
                columnNames = {"book_id", "warehouse_id"}),
        check = @CheckConstraint(name = "stock_items_quantity_not_negative", constraint = "quantity >= 0"))
public class StockItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "book_id", foreignKey = @ForeignKey(name = "stock_items_book_fk"))
    private Book book;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "warehouse_id", foreignKey = @ForeignKey(name = "stock_items_warehouse_fk"))
    private Warehouse warehouse;

    @Column(nullable = false)
    private int quantity;

    @Version
    private long version;

    protected StockItem() {
    }

    public StockItem(Book book, Warehouse warehouse, int quantity) {
        this.book = book;
        this.warehouse = warehouse;
        this.quantity = quantity;
    }

    public int quantity() {
        return quantity;
    }
}
