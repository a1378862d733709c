package dev.retort.example.bookstore.customer;

import dev.retort.example.bookstore.shared.Address;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.ColumnDefault;

/** A registered customer, known by e-mail address. */
@Entity
@Table(name = "customers", uniqueConstraints = @UniqueConstraint(name = "customers_email_key", columnNames = "email"))
public class Customer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 320)
    private String email;

    @Column(name = "full_name", nullable = false, length = 200)
    private String fullName;

    @Column(length = 20)
    private String phone;

    // Why a database default as well: rows that exist when the column is added need a value, and NOT NULL alone
    // would reject them.
    @ColumnDefault("0")
    @Column(name = "loyalty_points", nullable = false)
    private int loyaltyPoints;

    @Embedded
    @AttributeOverride(name = "street", column = @Column(name = "billing_street", length = 200))
    @AttributeOverride(name = "city", column = @Column(name = "billing_city", length = 100))
    @AttributeOverride(name = "postalCode", column = @Column(name = "billing_postal_code", length = 16))
    @AttributeOverride(name = "country", column = @Column(name = "billing_country", length = 2))
    private Address billingAddress;

    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    @Version
    private int version;

    protected Customer() {
    }

    public Customer(String email, String fullName, Address billingAddress, Instant registeredAt) {
        this.email = email;
        this.fullName = fullName;
        this.billingAddress = billingAddress;
        this.registeredAt = registeredAt;
    }

    public Long id() {
        return id;
    }

    public String email() {
        return email;
    }

    public String fullName() {
        return fullName;
    }

    public int loyaltyPoints() {
        return loyaltyPoints;
    }
}
