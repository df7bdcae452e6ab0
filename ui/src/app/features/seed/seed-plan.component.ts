import { DecimalPipe, PercentPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { FK_MODE_LABELS, ForeignKeyMode, SeedPlan } from '../../core/models';

const FK_MODE_CLASSES: Record<ForeignKeyMode, string> = {
  at_insert: 'border-border bg-surface-muted text-fg',
  after_insert: 'border-info/30 bg-info-soft text-info',
  deferred_check: 'border-primary/30 bg-primary-soft text-primary',
  left_null: 'border-warning/30 bg-warning-soft text-warning',
};

/**
 * A validated seed plan: totals against the plan's row limit, warnings, foreign keys filled after
 * the insert, and every table in insert order with its columns (generator, uniqueness, null
 * ratio), foreign keys (when they are written) and the columns left to the database.
 */
@Component({
  selector: 'app-seed-plan',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DecimalPipe, PercentPipe],
  host: { class: 'block' },
  template: `
    @let p = plan();
    <div data-testid="seed-plan">
      <dl class="grid gap-3 text-sm sm:grid-cols-2 lg:grid-cols-4">
        <div class="rounded-control border border-border p-3">
          <dt class="text-xs text-muted">Rows in all</dt>
          <dd class="mt-1 text-lg font-semibold text-fg" data-testid="plan-total">
            {{ p.totalRows | number }}
          </dd>
          <dd
            class="text-xs"
            [class.text-muted]="!nearLimit()"
            [class.text-warning]="nearLimit()"
            data-testid="plan-limit"
          >
            @if (p.rowLimit < 0) {
              No row limit on your plan
            } @else {
              of {{ p.rowLimit | number }} allowed per run ({{ share() | percent: '1.0-0' }})
            }
          </dd>
        </div>
        <div class="rounded-control border border-border p-3">
          <dt class="text-xs text-muted">Tables</dt>
          <dd class="mt-1 text-lg font-semibold text-fg">{{ p.tables.length }}</dd>
          <dd class="text-xs text-muted">{{ addedCount() }} added as parents</dd>
        </div>
        <div class="rounded-control border border-border p-3">
          <dt class="text-xs text-muted">Seed</dt>
          <dd class="mt-1 font-mono text-lg font-semibold text-fg">{{ p.seed }}</dd>
          <dd class="text-xs text-muted">
            {{ p.locale || 'default locale' }}{{ p.anchor ? ' · dates around ' + p.anchor : '' }}
          </dd>
        </div>
        <div class="rounded-control border border-border p-3">
          <dt class="text-xs text-muted">Engine</dt>
          <dd class="mt-1 text-lg font-semibold text-fg">{{ p.engine }}</dd>
          <dd class="text-xs text-muted">
            snapshot <span class="font-mono">{{ short(p.snapshotId) }}</span>
          </dd>
        </div>
      </dl>

      @if (p.warnings.length) {
        <div
          class="mt-4 rounded-control border border-warning/40 bg-warning-soft p-4"
          data-testid="plan-warnings"
        >
          <h3 class="text-sm font-semibold text-fg">
            {{ p.warnings.length }} warning{{ p.warnings.length === 1 ? '' : 's' }}
          </h3>
          <ul class="mt-2 list-disc space-y-1 pl-5 text-sm text-fg">
            @for (w of p.warnings; track $index) {
              <li>
                <span class="font-mono text-xs">{{ w.field }}</span>: {{ w.message }}
              </li>
            }
          </ul>
        </div>
      }

      @if (p.deferredFills.length) {
        <div class="mt-4 text-sm" data-testid="plan-fills">
          <h3 class="font-semibold text-fg">Filled after the insert</h3>
          <ul class="mt-1 space-y-1 text-muted">
            @for (f of p.deferredFills; track $index) {
              <li>
                <span class="font-mono text-fg">{{ f.table }}</span> ({{ f.columns.join(', ') }}) →
                <span class="font-mono text-fg">{{ f.parent }}</span> through {{ f.foreignKey }}
              </li>
            }
          </ul>
        </div>
      }

      <h3 class="mt-6 text-sm font-semibold text-fg">Tables in insert order</h3>
      <ol class="mt-2 space-y-2" data-testid="plan-tables">
        @for (t of p.tables; track t.table; let i = $index) {
          <li class="rounded-control border border-border" [attr.data-plan-table]="t.table">
            <details [open]="p.tables.length <= 3">
              <summary
                class="flex cursor-pointer flex-wrap items-center gap-x-3 gap-y-1 px-4 py-3 text-sm"
              >
                <span class="w-6 text-right text-xs tabular-nums text-muted">{{ i + 1 }}.</span>
                <span class="font-mono font-semibold text-fg">{{ t.table }}</span>
                <span class="tabular-nums text-fg" data-testid="plan-rows"
                  >{{ t.rows | number }} rows</span
                >
                @if (t.addedAsParent) {
                  <span
                    class="rounded-full border border-info/30 bg-info-soft px-2 py-0.5 text-xs font-semibold text-info"
                    data-testid="added-as-parent"
                    >added as parent</span
                  >
                }
                <span class="text-xs text-muted">
                  {{ t.columns.length }} generated, {{ t.omitted.length }} left to the database
                </span>
              </summary>
              <div class="space-y-4 border-t border-border px-4 py-3">
                @if (t.columns.length) {
                  <div class="overflow-x-auto">
                    <table class="w-full text-left text-sm">
                      <caption class="sr-only">
                        Generated columns of
                        {{
                          t.table
                        }}
                      </caption>
                      <thead class="text-xs text-muted">
                        <tr>
                          <th scope="col" class="py-1 pr-4 font-medium">Column</th>
                          <th scope="col" class="py-1 pr-4 font-medium">Type</th>
                          <th scope="col" class="py-1 pr-4 font-medium">Generator</th>
                          <th scope="col" class="py-1 pr-4 font-medium">Unique</th>
                          <th scope="col" class="py-1 font-medium">NULLs</th>
                        </tr>
                      </thead>
                      <tbody class="divide-y divide-border">
                        @for (c of t.columns; track c.name) {
                          <tr [attr.data-plan-column]="c.name">
                            <td class="py-1 pr-4 font-mono text-fg">
                              {{ c.name }}
                              @if (!c.nullable) {
                                <span class="ml-1 text-xs text-muted" title="NOT NULL"
                                  >NOT NULL</span
                                >
                              }
                            </td>
                            <td class="py-1 pr-4 font-mono text-xs text-muted">{{ c.type }}</td>
                            <td class="py-1 pr-4">
                              <span
                                class="rounded-full px-2 py-0.5 text-xs font-semibold"
                                [class]="
                                  c.generator.startsWith('override:')
                                    ? 'bg-primary-soft text-primary'
                                    : 'bg-surface-muted text-fg'
                                "
                                >{{ c.generator }}</span
                              >
                            </td>
                            <td class="py-1 pr-4 text-xs text-fg">{{ c.unique ?? '—' }}</td>
                            <td class="py-1 text-xs tabular-nums text-fg">
                              {{ c.nullRatio ? (c.nullRatio | percent: '1.0-1') : '—' }}
                            </td>
                          </tr>
                        }
                      </tbody>
                    </table>
                  </div>
                }
                @if (t.foreignKeys.length) {
                  <div>
                    <h4 class="text-xs font-semibold text-muted">Foreign keys</h4>
                    <ul class="mt-1 space-y-1 text-sm">
                      @for (fk of t.foreignKeys; track fk.name) {
                        <li class="flex flex-wrap items-center gap-2" [attr.data-plan-fk]="fk.name">
                          <span class="font-mono text-fg">({{ fk.columns.join(', ') }})</span>
                          → <span class="font-mono text-fg">{{ fk.parent }}</span>
                          <span
                            class="rounded-full border px-2 py-0.5 text-xs font-semibold"
                            [class]="fkClass(fk.mode)"
                            data-testid="fk-mode"
                            [attr.data-mode]="fk.mode"
                            >{{ fkLabel(fk.mode) }}</span
                          >
                          <span class="text-xs text-muted">{{
                            fk.parentGenerated ? 'parents generated here' : 'existing parent rows'
                          }}</span>
                        </li>
                      }
                    </ul>
                  </div>
                }
                @if (t.omitted.length) {
                  <div>
                    <h4 class="text-xs font-semibold text-muted">Left to the database</h4>
                    <ul class="mt-1 space-y-1 text-sm" data-testid="plan-omitted">
                      @for (o of t.omitted; track o.column) {
                        <li>
                          <span class="font-mono text-fg">{{ o.column }}</span>:
                          <span class="text-muted">{{ o.reason }}</span>
                        </li>
                      }
                    </ul>
                  </div>
                }
              </div>
            </details>
          </li>
        }
      </ol>
    </div>
  `,
})
export class SeedPlanComponent {
  readonly plan = input.required<SeedPlan>();

  protected readonly addedCount = computed(
    () => this.plan().tables.filter((t) => t.addedAsParent).length,
  );
  protected readonly share = computed(() => {
    const p = this.plan();
    return p.rowLimit > 0 ? p.totalRows / p.rowLimit : 0;
  });
  protected readonly nearLimit = computed(() => this.share() > 0.8);

  protected fkLabel(mode: string): string {
    return FK_MODE_LABELS[mode as ForeignKeyMode] ?? mode;
  }

  protected fkClass(mode: string): string {
    return FK_MODE_CLASSES[mode as ForeignKeyMode] ?? FK_MODE_CLASSES.at_insert;
  }

  protected short(id: string | null): string {
    return id ? id.slice(0, 8) : '—';
  }
}
