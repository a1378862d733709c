package dev.retort.example.bookstore.payment;

import dev.retort.example.bookstore.ordering.PurchaseOrder;
import dev.retort.example.bookstore.shared.Money;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import java.time.Instant;

/** A payment by bank transfer, matched to the order by the payer's IBAN. */
@Entity
@DiscriminatorValue("TRANSFER")
public class BankTransfer extends Payment {

    @Column(length = 34)
    private String iban;

    protected BankTransfer() {
    }

    public BankTransfer(PurchaseOrder order, Money amount, Instant receivedAt, String iban) {
        super(order, amount, receivedAt);
        this.iban = iban;
    }
}
