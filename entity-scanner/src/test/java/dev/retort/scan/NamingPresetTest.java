package dev.retort.scan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.model.Column;
import dev.retort.model.SchemaModel;
import dev.retort.model.Table;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The same fixture gives the table and column names each framework uses under each naming preset. */
class NamingPresetTest {

    @Test
    void hibernateNamingKeepsMappingNamesWhichPostgresFoldsToLowerCase() {
        assertThat(tablesAndColumns(NamingPreset.hibernate())).isEqualTo(Map.of(
                "customerorder", List.of("orderdate", "orderid", "saleschannel_channelid", "shippingaddress"),
                "customerorder_giftmessages", List.of("customerorder_orderid", "giftmessages"),
                "customerorder_productitem", List.of("customerorder_orderid", "productitems_itemcode"),
                "productitem", List.of("displayname", "itemcode"),
                "saleschannel", List.of("channelid", "channelname")));
    }

    @Test
    void springNamingUsesSnakeCaseAndNamesJoinTablesAfterTheOwningAttribute() {
        assertThat(tablesAndColumns(NamingPreset.spring())).isEqualTo(Map.of(
                "customer_order", List.of("order_date", "order_id", "sales_channel_channel_id", "shipping_address"),
                "customer_order_gift_messages", List.of("customer_order_order_id", "gift_messages"),
                "customer_order_product_items", List.of("customer_order_order_id", "product_items_item_code"),
                "product_item", List.of("display_name", "item_code"),
                "sales_channel", List.of("channel_id", "channel_name")));
    }

    @Test
    void customPhysicalStrategyAloneKeepsHibernatesImplicitJoinTableName() {
        NamingPreset snakeCaseOnly =
                NamingPreset.custom("org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy");
        assertThat(tablesAndColumns(snakeCaseOnly)).containsEntry("customer_order_product_item",
                List.of("customer_order_order_id", "product_items_item_code"));
    }

    @Test
    void presetsAreReadFromTheirConfigurationValues() {
        assertThat(NamingPreset.parse("hibernate")).isEqualTo(NamingPreset.hibernate());
        assertThat(NamingPreset.parse(" spring ")).isEqualTo(NamingPreset.spring());
        assertThat(NamingPreset.parse("com.example.Naming")).isEqualTo(NamingPreset.custom("com.example.Naming"));
    }

    private static Map<String, List<String>> tablesAndColumns(NamingPreset naming) {
        SchemaModel model = EntityScanner.create(FixtureClasses.options("naming", naming, 17, List.of("public")))
                .scan().model();
        Map<String, List<String>> names = new TreeMap<>();
        for (Table table : model.tables()) {
            names.put(table.name().name(), table.columns().stream().map(Column::name).toList());
        }
        return names;
    }
}
