package dev.retort.example.bookstore.payment;

import dev.retort.example.bookstore.ordering.PurchaseOrder;
import dev.retort.example.bookstore.shared.Money;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import java.time.Instant;

/** A card payment: only the card's last four digits and the processor's reference are kept. */
@Entity
@DiscriminatorValue("CARD")
public class CardPayment extends Payment {

    @Column(name = "card_last4", length = 4)
    private String cardLast4;

    @Column(name = "processor_ref", length = 64)
    private String processorReference;

    protected CardPayment() {
    }

    public CardPayment(PurchaseOrder order, Money amount, Instant receivedAt, String cardLast4,
                       String processorReference) {
        super(order, amount, receivedAt);
        this.cardLast4 = cardLast4;
        this.processorReference = processorReference;
    }
}
