package dev.retort.example.bookstore.ordering;

import jakarta.persistence.CheckConstraint;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.LocalDate;

/** A discount code customers enter at checkout: a percentage off, until a given day. */
@Entity
@Table(name = "coupons",
        uniqueConstraints = @UniqueConstraint(name = "coupons_code_key", columnNames = "code"),
        check = @CheckConstraint(name = "coupons_percent_off_range", constraint = "percent_off BETWEEN 1 AND 100"))
public class Coupon {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 32)
    private String code;

    @Column(name = "percent_off", nullable = false)
    private int percentOff;

    @Column(name = "valid_until")
    private LocalDate validUntil;

    protected Coupon() {
    }

    public Coupon(String code, int percentOff, LocalDate validUntil) {
        this.code = code;
        this.percentOff = percentOff;
        this.validUntil = validUntil;
    }

    public String code() {
        return code;
    }

    public int percentOff() {
        return percentOff;
    }
}
