import { DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { IntegrityReport, SeedTableCount } from '../../core/models';
import { durationText, violationTable } from './seed-utils';

/**
 * What a seed run wrote: rows, speed, per-table counts (planned vs written) and the integrity
 * check (constraints checked, violations, CHECKs that could not be evaluated).
 */
@Component({
  selector: 'app-seed-result',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DecimalPipe],
  host: { class: 'block' },
  template: `
    @if (rows() !== null) {
      <dl class="grid gap-3 text-sm sm:grid-cols-3" data-testid="result-summary">
        <div class="rounded-control border border-border p-3">
          <dt class="text-xs text-muted">Rows written</dt>
          <dd class="mt-1 text-lg font-semibold tabular-nums text-fg" data-testid="result-rows">
            {{ rows() | number }}
          </dd>
        </div>
        <div class="rounded-control border border-border p-3">
          <dt class="text-xs text-muted">Speed</dt>
          <dd class="mt-1 text-lg font-semibold tabular-nums text-fg" data-testid="result-speed">
            {{ rowsPerSecond() ?? 0 | number }} rows/s
          </dd>
        </div>
        <div class="rounded-control border border-border p-3">
          <dt class="text-xs text-muted">Duration</dt>
          <dd class="mt-1 text-lg font-semibold tabular-nums text-fg">{{ duration() || '—' }}</dd>
        </div>
      </dl>
    }

    @if (tables().length) {
      <div class="mt-4 overflow-x-auto">
        <table class="w-full text-left text-sm" data-testid="result-tables">
          <caption class="sr-only">
            Rows per table
          </caption>
          <thead class="text-xs text-muted">
            <tr>
              <th scope="col" class="py-1 pr-4 font-medium">Table</th>
              <th scope="col" class="py-1 pr-4 text-right font-medium">Planned</th>
              <th scope="col" class="py-1 text-right font-medium">Written</th>
            </tr>
          </thead>
          <tbody class="divide-y divide-border">
            @for (t of tables(); track t.table) {
              <tr [attr.data-result-table]="t.table">
                <td class="py-1 pr-4 font-mono text-fg">{{ t.table }}</td>
                <td class="py-1 pr-4 text-right tabular-nums text-muted">
                  {{ t.planned | number }}
                </td>
                <td class="py-1 text-right tabular-nums text-fg">{{ t.written | number }}</td>
              </tr>
            }
          </tbody>
        </table>
      </div>
    }

    <div
      class="mt-4 text-sm"
      data-testid="integrity"
      [attr.data-passed]="integrity() ? passed() : null"
    >
      <h4 class="font-semibold text-fg">Integrity check</h4>
      @if (integrity(); as report) {
        <p class="mt-1" [class.text-success]="passed()" [class.text-danger]="!passed()">
          @if (passed()) {
            Passed: {{ report.checked | number }} constraints checked, no violations.
          } @else {
            {{ report.violations.length }} violation{{
              report.violations.length === 1 ? '' : 's'
            }}
            in {{ report.checked | number }} constraints checked.
          }
        </p>
        @if (report.violations.length) {
          <ul class="mt-1 list-disc space-y-1 pl-5" data-testid="violations">
            @for (v of report.violations; track $index) {
              <li>
                <span class="font-mono">{{ table(v) }}</span> · {{ v.kind }}
                <span class="font-mono">{{ v.constraint }}</span>: {{ v.rows | number }} rows
              </li>
            }
          </ul>
        }
        @if (report.skipped.length) {
          <p class="mt-2 text-xs text-muted">Not evaluated ({{ report.skipped.length }}):</p>
          <ul class="list-disc pl-5 text-xs text-muted" data-testid="skipped">
            @for (s of report.skipped; track $index) {
              <li>{{ s }}</li>
            }
          </ul>
        }
      } @else {
        <p class="mt-1 text-muted">Not run (verify was off, or the run ended before it).</p>
      }
    </div>
  `,
})
export class SeedResultComponent {
  readonly rows = input<number | null>(null);
  readonly rowsPerSecond = input<number | null>(null);
  readonly durationMs = input<number | null>(null);
  readonly tables = input<SeedTableCount[]>([]);
  readonly integrity = input<IntegrityReport | null>(null);

  protected readonly duration = computed(() => durationText(this.durationMs()));
  protected readonly passed = computed(() => (this.integrity()?.violations.length ?? 0) === 0);

  protected table = violationTable;
}
