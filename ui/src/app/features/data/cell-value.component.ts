import { ChangeDetectionStrategy, Component, computed, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { cellView } from './data-utils';

/** Values up to this length are kept on one line. */
const SHORT_TEXT = 40;

/** A router link as `[commands, queryParams]`. */
export interface CellLink {
  commands: string[];
  queryParams: Record<string, string | string[]>;
  /** Accessible name of the link. */
  label: string;
}

/**
 * One value of a row, typed: NULL set apart, booleans and numbers as such, JSON and long text cut
 * with a button that shows all of it. A foreign-key value is a link to the row it points at.
 */
@Component({
  selector: 'app-cell-value',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink],
  host: { class: 'block min-w-0' },
  template: `
    @let v = view();
    <span class="inline-flex max-w-full items-start gap-1" [attr.data-kind]="v.kind">
      @if (v.kind === 'null') {
        <span
          class="rounded border border-dashed border-border-strong px-1 font-mono text-[0.6875rem] font-semibold uppercase tracking-wide text-muted"
          title="NULL: no value"
          >null</span
        >
      } @else if (link(); as l) {
        <a
          class="font-mono"
          [class.whitespace-nowrap]="short()"
          [class.wrap-anywhere]="!short()"
          [routerLink]="l.commands"
          [queryParams]="l.queryParams"
          [attr.aria-label]="l.label"
          [title]="l.label"
          data-testid="fk-link"
          >{{ v.text }}</a
        >
      } @else if (v.kind === 'boolean') {
        <span
          class="font-mono text-xs font-semibold"
          [class.text-success]="v.text === 'true'"
          [class.text-muted]="v.text !== 'true'"
          >{{ v.text }}</span
        >
      } @else if (v.kind === 'number') {
        <span class="whitespace-nowrap font-mono tabular-nums">{{ v.text }}</span>
      } @else if (!expanded()) {
        <span
          [class.whitespace-nowrap]="short()"
          [class.wrap-anywhere]="!short()"
          [class.font-mono]="v.kind !== 'text'"
          [class.text-xs]="v.kind !== 'text'"
          >{{ v.text }}</span
        >
      }
      @if (v.truncated) {
        <button
          type="button"
          class="shrink-0 rounded px-1 text-xs font-semibold text-primary hover:bg-surface-muted"
          [attr.aria-expanded]="expanded()"
          [attr.aria-label]="(expanded() ? 'Show less of ' : 'Show all of ') + label()"
          (click)="expanded.set(!expanded())"
        >
          {{ expanded() ? 'less' : 'more' }}
        </button>
      }
    </span>
    @if (expanded() && v.truncated) {
      <pre
        class="mt-1 max-h-64 max-w-xl overflow-auto whitespace-pre-wrap break-all rounded-control bg-surface-muted p-2 font-mono text-xs text-fg"
        data-testid="cell-full"
        >{{ v.full }}</pre>
    }
  `,
})
export class CellValueComponent {
  readonly value = input<unknown>(null);
  readonly category = input<string | null>(null);
  /** Column name, for the expand button's label. */
  readonly label = input('this value');
  readonly link = input<CellLink | null>(null);

  protected readonly view = computed(() => cellView(this.value(), this.category()));
  /** Short values stay on one line (timestamps, codes); longer text wraps between words. */
  protected readonly short = computed(() => this.view().text.length <= SHORT_TEXT);
  protected readonly expanded = signal(false);
}
