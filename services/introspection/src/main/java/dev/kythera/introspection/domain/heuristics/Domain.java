package dev.kythera.introspection.domain.heuristics;

import java.util.Set;

/** Business area a table belongs to, each with the name words that point at it. */
public enum Domain {
  IDENTITY(
      "user account role permission session login credential password token auth profile member"
          + " membership oauth identity principal mfa tenant group"),
  BILLING(
      "invoice payment charge refund subscription billing tax vat ledger currency fee receipt"
          + " card iban payout discount coupon credit debit balance amount"),
  GEOGRAPHY(
      "country region city address province postal zip postcode location latitude longitude"
          + " lat lng geo continent timezone street district territory"),
  CATALOGUE(
      "product category sku brand catalog catalogue inventory stock variant attribute price film"
          + " book album genre language supplier warehouse manufacturer"),
  COMMERCE(
      "order cart basket checkout shipment shipping delivery customer rental sale quote purchase"
          + " fulfilment fulfillment return store line quantity"),
  HR(
      "employee staff department salary payroll job position hire manager leave timesheet"
          + " contract vacation absence skill"),
  COMMUNICATION(
      "message email mail notification sms chat conversation inbox newsletter template recipient"
          + " sender phone channel webhook"),
  AUDIT("audit log history event trail change revision activity journal changelog"),
  CONTENT(
      "post article page comment blog media image file attachment document tag content asset"
          + " video review rating translation"),
  /** Nothing matched. */
  OTHER("");

  private final Set<String> words;

  Domain(String words) {
    this.words = words.isEmpty() ? Set.of() : Set.of(words.split(" "));
  }

  /** Singular lower-case words that point at this domain. */
  public Set<String> words() {
    return words;
  }
}
