package dev.retort.example.bookstore.payment;

import dev.retort.example.bookstore.ordering.PurchaseOrder;
import dev.retort.example.bookstore.shared.Money;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.DiscriminatorType;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** Money received for an order; the subclasses record how it was paid, all in the one payments table. */
@Entity
@Table(name = "payments")
@Inheritance(strategy = InheritanceType.SINGLE_TABLE)
@DiscriminatorColumn(name = "method", discriminatorType = DiscriminatorType.STRING, length = 16)
public abstract class Payment {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "payment_ids")
    @SequenceGenerator(name = "payment_ids", sequenceName = "payment_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "order_id", foreignKey = @ForeignKey(name = "payments_order_fk"))
    private PurchaseOrder order;

    @Embedded
    private Money amount;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    protected Payment() {
    }

    protected Payment(PurchaseOrder order, Money amount, Instant receivedAt) {
        this.order = order;
        this.amount = amount;
        this.receivedAt = receivedAt;
    }

    public Money amount() {
        return amount;
    }
}
