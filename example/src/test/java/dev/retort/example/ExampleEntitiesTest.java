package dev.retort.example;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** The example's entities scan cleanly, and the README shows the very command the demo test runs. */
class ExampleEntitiesTest {

    @Test
    void everyEntityScansWithoutWarnings() {
        InProcessCli.Result result = InProcessCli.in(ExampleProject.REPOSITORY).execute("entities", "--config",
                "example/retort.properties");
        assertThat(result.exit()).isZero();
        assertThat(result.err()).isEqualTo("scanning the entity classes in " + ExampleProject.CLASSES + "...\n");
        assertThat(result.out().lines().filter(l -> l.startsWith("dev.")).toList()).containsExactly(
                "dev.retort.example.bookstore.catalog.Author (Author) -> public.authors",
                "dev.retort.example.bookstore.catalog.Book (Book) -> public.books",
                "dev.retort.example.bookstore.catalog.Publisher (Publisher) -> public.publishers",
                "dev.retort.example.bookstore.catalog.Review (Review) -> public.reviews",
                "dev.retort.example.bookstore.customer.Customer (Customer) -> public.customers",
                "dev.retort.example.bookstore.inventory.StockItem (StockItem) -> public.stock_items",
                "dev.retort.example.bookstore.inventory.Warehouse (Warehouse) -> public.warehouses",
                "dev.retort.example.bookstore.ordering.Coupon (Coupon) -> public.coupons",
                "dev.retort.example.bookstore.ordering.OrderLine (OrderLine) -> public.order_lines",
                "dev.retort.example.bookstore.ordering.PurchaseOrder (PurchaseOrder) -> public.orders",
                "dev.retort.example.bookstore.payment.BankTransfer (BankTransfer) -> public.payments",
                "dev.retort.example.bookstore.payment.CardPayment (CardPayment) -> public.payments",
                "dev.retort.example.bookstore.payment.Payment (Payment) -> public.payments");
        assertThat(result.out()).endsWith("\n13 entities\n");
    }

    @Test
    void theReadmeStartsWithTheDemoCommand() throws IOException {
        String readme = Files.readString(ExampleProject.REPOSITORY.resolve("README.md"));
        assertThat(readme).contains("```sh\n" + ExampleProject.readmeCommandLine() + "\n```\n");
        assertThat(readme.indexOf("```sh\n")).isEqualTo(readme.indexOf("```sh\n" + ExampleProject.readmeCommandLine()));
    }
}
