package dev.retort.example.bookstore.catalog;

import dev.retort.example.bookstore.shared.Address;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/** A publishing house. */
@Entity
@Table(name = "publishers", uniqueConstraints = @UniqueConstraint(name = "publishers_name_key", columnNames = "name"))
public class Publisher {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String name;

    @Embedded
    private Address address;

    protected Publisher() {
    }

    public Publisher(String name, Address address) {
        this.name = name;
        this.address = address;
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }
}
