import { ExplorerColumn, ExplorerPage, Row } from '../core/models';

export function explorerColumn(
  name: string,
  category = 'INTEGER',
  overrides: Partial<ExplorerColumn> = {},
): ExplorerColumn {
  return {
    name,
    dataType: category === 'INTEGER' ? 'bigint' : category.toLowerCase(),
    category,
    nullable: true,
    primaryKey: false,
    ...overrides,
  };
}

/** A page of public.orders of the shop fixture (orders → customers, order_items → orders). */
export function ordersPage(overrides: Partial<ExplorerPage> = {}, rows?: Row[]): ExplorerPage {
  return {
    table: 'public.orders',
    columns: [
      explorerColumn('id', 'INTEGER', { nullable: false, primaryKey: true }),
      explorerColumn('customer_id', 'INTEGER', { nullable: false }),
      explorerColumn('search', 'OTHER', { dataType: 'tsvector' }),
    ],
    primaryKey: ['id'],
    rows: rows ?? [
      { id: 1, customer_id: 7, search: null },
      { id: 2, customer_id: 8, search: "'gift':1 'wrap':2" },
    ],
    page: 0,
    size: 50,
    hasMore: true,
    rowEstimate: 1200,
    ...overrides,
  };
}

/** A page of public.customers (identity id, required email, enum status with a default). */
export function customersPage(overrides: Partial<ExplorerPage> = {}): ExplorerPage {
  return {
    table: 'public.customers',
    columns: [
      explorerColumn('id', 'INTEGER', { nullable: false, primaryKey: true }),
      explorerColumn('email', 'TEXT', { dataType: 'varchar', nullable: false }),
      explorerColumn('status', 'ENUM', { dataType: 'customer_status' }),
    ],
    primaryKey: ['id'],
    rows: [
      { id: 7, email: 'ada@example.test', status: 'active' },
      { id: 8, email: 'bob@example.test', status: null },
    ],
    page: 0,
    size: 50,
    hasMore: false,
    rowEstimate: 2,
    ...overrides,
  };
}
