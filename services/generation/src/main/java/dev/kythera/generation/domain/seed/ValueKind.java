package dev.kythera.generation.domain.seed;

/**
 * The family of values a column gets, chosen from its name and type. The Datafaker-backed text
 * kinds come first (up to {@link #COLOR}); the others are computed.
 */
public enum ValueKind {
  EMAIL,
  FIRST_NAME,
  LAST_NAME,
  FULL_NAME,
  USERNAME,
  PHONE,
  STREET,
  CITY,
  ZIP,
  STATE,
  COUNTRY,
  COUNTRY_CODE,
  COMPANY,
  IBAN,
  URL,
  JOB_TITLE,
  PRODUCT_NAME,
  DEPARTMENT,
  WORD,
  SENTENCE,
  PARAGRAPH,
  CODE,
  HEX,
  IP_ADDRESS,
  CURRENCY,
  COLOR,
  UUID_TEXT,
  UUID,
  INTEGER,
  QUANTITY,
  AGE,
  YEAR,
  NUMBER,
  MONEY,
  PERCENT,
  LATITUDE,
  LONGITUDE,
  BOOLEAN,
  RECENT,
  BIRTH_DATE,
  FUTURE,
  TIME,
  JSON,
  BINARY,
  CHOICE,
  UNSUPPORTED;

  /** Whether values come from a Datafaker provider (pooled per column). */
  public boolean fakerBacked() {
    return ordinal() <= COLOR.ordinal();
  }
}
