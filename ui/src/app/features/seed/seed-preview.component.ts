import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { SeedTablePreview } from '../../core/models';
import { cellText, tabAfterKey } from './seed-utils';

/**
 * The preview rows of a dry run: one tab per table (insert order; arrows, Home and End move
 * between tabs), each a grid of the first rows exactly as a run with the same seed writes them.
 */
@Component({
  selector: 'app-seed-preview',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'block' },
  template: `
    @if (!tables().length) {
      <p class="text-sm text-muted">The plan has no tables to preview.</p>
    } @else {
      <div
        role="tablist"
        aria-label="Preview tables"
        class="flex flex-wrap gap-1 border-b border-border"
        data-testid="preview-tabs"
      >
        @for (t of tables(); track t.table; let i = $index) {
          <button
            type="button"
            role="tab"
            [id]="'preview-tab-' + i"
            [attr.aria-selected]="i === selected()"
            [attr.aria-controls]="'preview-panel-' + i"
            [attr.tabindex]="i === selected() ? 0 : -1"
            class="-mb-px rounded-t-control border border-b-0 px-3 py-1.5 font-mono text-xs"
            [class]="
              i === selected()
                ? 'border-border bg-surface text-fg font-semibold'
                : 'border-transparent text-muted hover:text-fg'
            "
            (click)="select(i)"
            (keydown)="onKey($event, i)"
          >
            {{ t.table }} <span class="text-muted">({{ t.rows.length }})</span>
          </button>
        }
      </div>
      @if (current(); as t) {
        <div
          role="tabpanel"
          [id]="'preview-panel-' + selected()"
          [attr.aria-labelledby]="'preview-tab-' + selected()"
          tabindex="0"
          class="overflow-x-auto pt-3"
          data-testid="preview-panel"
          [attr.data-table]="t.table"
        >
          @if (!t.rows.length) {
            <p class="text-sm text-muted">No rows planned for {{ t.table }}.</p>
          } @else {
            <table class="w-full text-left text-sm">
              <caption class="sr-only">
                First
                {{
                  t.rows.length
                }}
                rows of
                {{
                  t.table
                }}
              </caption>
              <thead class="text-xs text-muted">
                <tr>
                  @for (c of t.columns; track $index) {
                    <th scope="col" class="whitespace-nowrap px-2 py-1 font-mono font-medium">
                      {{ c }}
                    </th>
                  }
                </tr>
              </thead>
              <tbody class="divide-y divide-border">
                @for (row of t.rows; track $index) {
                  <tr data-testid="preview-row">
                    @for (value of row; track $index; let c = $index) {
                      <td
                        class="max-w-[20rem] truncate whitespace-nowrap px-2 py-1"
                        [attr.data-column]="t.columns[c]"
                        [title]="text(value)"
                      >
                        @if (value === null || value === undefined) {
                          <span
                            class="rounded bg-surface-muted px-1 text-xs italic text-muted"
                            data-kind="null"
                            >NULL</span
                          >
                        } @else {
                          <span
                            [class.tabular-nums]="isNumber(value)"
                            [class.font-mono]="isNumber(value)"
                            >{{ text(value) }}</span
                          >
                        }
                      </td>
                    }
                  </tr>
                }
              </tbody>
            </table>
          }
        </div>
      }
    }
  `,
})
export class SeedPreviewComponent {
  private readonly host = inject(ElementRef<HTMLElement>);
  readonly tables = input.required<SeedTablePreview[]>();

  protected readonly selected = signal(0);
  protected readonly current = computed(() => this.tables()[this.selected()] ?? null);

  constructor() {
    // A new preview starts on its first table unless the selected table is still there.
    let previous: string | null = null;
    effect(() => {
      const tables = this.tables();
      untracked(() => {
        const index = previous ? tables.findIndex((t) => t.table === previous) : -1;
        this.selected.set(index >= 0 ? index : 0);
      });
    });
    effect(() => {
      previous = this.current()?.table ?? null;
    });
  }

  protected select(index: number): void {
    this.selected.set(index);
  }

  protected onKey(event: KeyboardEvent, index: number): void {
    const indexes = this.tables().map((_, i) => i);
    const next = tabAfterKey(event.key, indexes, index);
    if (next === null) return;
    event.preventDefault();
    this.selected.set(next);
    (this.host.nativeElement as HTMLElement)
      .querySelector<HTMLButtonElement>(`#preview-tab-${next}`)
      ?.focus();
  }

  protected text(value: unknown): string {
    return cellText(value);
  }

  protected isNumber(value: unknown): boolean {
    return typeof value === 'number';
  }
}
