package dev.retort.example.bookstore.ordering;

import dev.retort.example.bookstore.customer.Customer;
import dev.retort.example.bookstore.shared.Address;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CascadeType;
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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** An order a customer placed, shipped to one address. */
@Entity
@Table(name = "orders", indexes = {
    @Index(name = "orders_customer_placed_idx", columnList = "customer_id, placed_at"),
    @Index(name = "orders_status_placed_idx", columnList = "status, placed_at")
})
public class PurchaseOrder {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "order_ids")
    @SequenceGenerator(name = "order_ids", sequenceName = "order_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id", foreignKey = @ForeignKey(name = "orders_customer_fk"))
    private Customer customer;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "coupon_id", foreignKey = @ForeignKey(name = "orders_coupon_fk"))
    private Coupon coupon;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private OrderStatus status;

    @Column(name = "placed_at", nullable = false)
    private Instant placedAt;

    @Embedded
    @AttributeOverride(name = "street", column = @Column(name = "ship_street", length = 200))
    @AttributeOverride(name = "city", column = @Column(name = "ship_city", length = 100))
    @AttributeOverride(name = "postalCode", column = @Column(name = "ship_postal_code", length = 16))
    @AttributeOverride(name = "country", column = @Column(name = "ship_country", length = 2))
    private Address shippingAddress;

    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<OrderLine> lines = new ArrayList<>();

    @Version
    private int version;

    protected PurchaseOrder() {
    }

    public PurchaseOrder(Customer customer, Address shippingAddress, Instant placedAt) {
        this.customer = customer;
        this.shippingAddress = shippingAddress;
        this.placedAt = placedAt;
        this.status = OrderStatus.NEW;
    }

    public Long id() {
        return id;
    }

    public OrderStatus status() {
        return status;
    }

    /** Applies a coupon to the order (replacing any other). */
    public void redeem(Coupon coupon) {
        this.coupon = coupon;
    }

    public List<OrderLine> lines() {
        return lines;
    }
}
