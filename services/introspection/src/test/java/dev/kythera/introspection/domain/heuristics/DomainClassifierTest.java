package dev.kythera.introspection.domain.heuristics;

import static dev.kythera.introspection.domain.TestSchemas.table;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kythera.introspection.domain.TestSchemas.TableBuilder;
import org.junit.jupiter.api.Test;

class DomainClassifierTest {
  private final DomainClassifier classifier = new DomainClassifier();

  private DomainClassification classify(TableBuilder table) {
    return classifier.classify(table.build());
  }

  @Test
  void tableAndColumnNamesPointAtADomain() {
    assertThat(
            classify(table("users").id().text("email", 80, false).text("password_hash", 80, false))
                .domain())
        .isEqualTo(Domain.IDENTITY);
    assertThat(classify(table("invoices").id().integer("amount_cents", false)).domain())
        .isEqualTo(Domain.BILLING);
    assertThat(
            classify(table("addresses").id().text("city", 80, false).text("postcode", 10, false))
                .domain())
        .isEqualTo(Domain.GEOGRAPHY);
    assertThat(classify(table("product_categories").id().text("name", 80, false)).domain())
        .isEqualTo(Domain.CATALOGUE);
    assertThat(classify(table("orders").id().bigint("customer_id", false)).domain())
        .isEqualTo(Domain.COMMERCE);
    assertThat(classify(table("employees").id().integer("salary", false)).domain())
        .isEqualTo(Domain.HR);
    assertThat(classify(table("notifications").id().text("recipient", 80, false)).domain())
        .isEqualTo(Domain.COMMUNICATION);
    assertThat(classify(table("audit_log").id().timestamp("created_at", false)).domain())
        .isEqualTo(Domain.AUDIT);
    assertThat(classify(table("blogPosts").id().text("title", 80, false)).domain())
        .isEqualTo(Domain.CONTENT);
  }

  @Test
  void noDomainWordsGiveOtherWithZeroConfidence() {
    DomainClassification other = classify(table("widgets").id().integer("foo", false));

    assertThat(other.domain()).isEqualTo(Domain.OTHER);
    assertThat(other.confidence()).isZero();
  }

  @Test
  void moreAndUncontestedEvidenceMeansMoreConfidence() {
    DomainClassification strong =
        classify(table("invoices").id().text("currency", 3, false).integer("tax", false));
    DomainClassification weak = classify(table("widgets").id().integer("fee", false));
    DomainClassification contested =
        classify(table("invoices").id().bigint("order_id", false).bigint("customer_id", false));

    assertThat(strong.confidence()).isGreaterThan(contested.confidence());
    assertThat(contested.confidence()).isGreaterThan(weak.confidence());
    assertThat(weak.domain()).isEqualTo(Domain.BILLING);
    assertThat(strong.reason()).contains("invoice").contains("currency");
  }
}
