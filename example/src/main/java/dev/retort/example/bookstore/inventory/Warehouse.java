package dev.retort.example.bookstore.inventory;

import dev.retort.example.bookstore.shared.Address;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/** A warehouse the store ships from, known by a short code. */
@Entity
@Table(name = "warehouses", uniqueConstraints = @UniqueConstraint(name = "warehouses_code_key", columnNames = "code"))
public class Warehouse {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Integer id;

    @Column(nullable = false, length = 16)
    private String code;

    @Embedded
    private Address address;

    protected Warehouse() {
    }

    public Warehouse(String code, Address address) {
        this.code = code;
        this.address = address;
    }

    public String code() {
        return code;
    }
}
