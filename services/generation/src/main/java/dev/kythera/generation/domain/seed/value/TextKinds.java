package dev.kythera.generation.domain.seed.value;

import dev.kythera.generation.domain.seed.ValueKind;

/** Which text kind a column's name (and, for a bare {@code name}, its table's name) suggests. */
final class TextKinds {
  private TextKinds() {}

  static ValueKind byName(String name, String table, Integer length) {
    if (KindChooser.has(name, "email", "e_mail")) {
      return ValueKind.EMAIL;
    }
    if (KindChooser.has(name, "first_name", "firstname", "given_name", "forename")) {
      return ValueKind.FIRST_NAME;
    }
    if (KindChooser.has(name, "last_name", "lastname", "surname", "family_name")) {
      return ValueKind.LAST_NAME;
    }
    if (KindChooser.has(name, "full_name", "fullname", "display_name", "contact_name", "author")) {
      return ValueKind.FULL_NAME;
    }
    if (KindChooser.has(name, "username", "user_name", "login", "handle", "nickname")) {
      return ValueKind.USERNAME;
    }
    if (KindChooser.has(name, "phone", "mobile", "fax", "telephone")) {
      return ValueKind.PHONE;
    }
    ValueKind place = place(name, length);
    if (place != null) {
      return place;
    }
    ValueKind business = business(name);
    if (business != null) {
      return business;
    }
    if (name.equals("name") || name.endsWith("_name")) {
      return byTable(table);
    }
    return length != null && length <= 12 ? ValueKind.CODE : ValueKind.SENTENCE;
  }

  private static ValueKind place(String name, Integer length) {
    if (KindChooser.has(name, "street", "address") || KindChooser.word(name, "addr")) {
      return KindChooser.word(name, "ip") ? ValueKind.IP_ADDRESS : ValueKind.STREET;
    }
    if (KindChooser.has(name, "city", "town")) {
      return ValueKind.CITY;
    }
    if (KindChooser.has(name, "zip", "postcode", "postal")) {
      return ValueKind.ZIP;
    }
    if (KindChooser.has(name, "state", "province", "region") && !name.contains("status")) {
      return ValueKind.STATE;
    }
    if (name.contains("country")) {
      return name.contains("code") || (length != null && length <= 3)
          ? ValueKind.COUNTRY_CODE
          : ValueKind.COUNTRY;
    }
    return null;
  }

  private static ValueKind business(String name) {
    if (KindChooser.has(
        name, "company", "employer", "organization", "organisation", "vendor", "supplier")) {
      return ValueKind.COMPANY;
    }
    if (name.contains("iban")) {
      return ValueKind.IBAN;
    }
    if (KindChooser.has(name, "website", "homepage")
        || KindChooser.word(name, "url", "link", "uri")) {
      return ValueKind.URL;
    }
    if (KindChooser.has(name, "occupation", "job_title")
        || KindChooser.word(name, "job", "position")) {
      return ValueKind.JOB_TITLE;
    }
    if (KindChooser.has(
            name, "description", "comment", "content", "summary", "message", "remark", "detail")
        || KindChooser.word(name, "note", "bio", "body", "text")) {
      return ValueKind.PARAGRAPH;
    }
    if (KindChooser.has(name, "title", "subject", "headline")) {
      return ValueKind.SENTENCE;
    }
    if (KindChooser.has(name, "serial", "barcode", "number", "isbn")
        || KindChooser.word(name, "sku", "code", "ref", "reference")) {
      return ValueKind.CODE;
    }
    if (KindChooser.has(name, "uuid", "guid")) {
      return ValueKind.UUID_TEXT;
    }
    if (KindChooser.has(name, "password", "token", "secret", "digest")
        || KindChooser.word(name, "hash", "salt")) {
      return ValueKind.HEX;
    }
    if (KindChooser.word(name, "ip")) {
      return ValueKind.IP_ADDRESS;
    }
    if (name.contains("currency")) {
      return ValueKind.CURRENCY;
    }
    if (KindChooser.has(name, "color", "colour")) {
      return ValueKind.COLOR;
    }
    return KindChooser.word(
            name,
            "label",
            "tag",
            "key",
            "action",
            "type",
            "kind",
            "status",
            "carrier",
            "category",
            "event",
            "level",
            "role")
        ? ValueKind.WORD
        : null;
  }

  private static ValueKind byTable(String table) {
    if (KindChooser.has(
        table,
        "customer",
        "user",
        "person",
        "people",
        "employee",
        "member",
        "author",
        "contact",
        "student",
        "patient",
        "staff",
        "client")) {
      return ValueKind.FULL_NAME;
    }
    if (KindChooser.has(table, "product", "item", "article", "good")) {
      return ValueKind.PRODUCT_NAME;
    }
    if (table.contains("countr")) {
      return ValueKind.COUNTRY;
    }
    if (table.contains("cit")) {
      return ValueKind.CITY;
    }
    if (KindChooser.has(table, "compan", "organi", "supplier", "vendor", "tenant", "account")) {
      return ValueKind.COMPANY;
    }
    return KindChooser.has(table, "tag", "label") ? ValueKind.WORD : ValueKind.DEPARTMENT;
  }
}
