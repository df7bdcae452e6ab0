import { DatePipe, JsonPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { AuditEntry } from '../../../core/models';
import { describeAction, relativeTime } from '../../../core/utils/audit';

/**
 * Audit-log entries, newest first: who did what, when, with which outcome; the raw action code
 * and the details are kept (details folded in a disclosure). Used by the project activity feed,
 * the dashboard's recent activity and the governance audit log.
 */
@Component({
  selector: 'app-audit-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DatePipe, JsonPipe],
  template: `
    <ol class="divide-y divide-border" [attr.aria-label]="label()" data-testid="audit-list">
      @for (entry of entries(); track entry.id) {
        <li
          class="flex gap-3 py-3 first:pt-0 last:pb-0"
          data-testid="audit-entry"
          [attr.data-action]="entry.action"
          [attr.data-outcome]="entry.outcome"
        >
          <span
            class="mt-1.5 h-2 w-2 shrink-0 rounded-full"
            [class.bg-success]="entry.outcome === 'success'"
            [class.bg-danger]="entry.outcome === 'failure'"
            [class.bg-warning]="entry.outcome === 'denied'"
            aria-hidden="true"
          ></span>
          <div class="min-w-0 flex-1">
            <p class="text-sm text-fg">
              <span class="font-semibold">{{ entry.actorEmail ?? 'Someone' }}</span>
              {{ ' ' }}<span class="break-words">{{ describe(entry) }}</span>
              @if (entry.outcome !== 'success') {
                {{ ' '
                }}<span
                  class="rounded-full px-2 py-0.5 text-xs font-semibold"
                  [class.bg-danger-soft]="entry.outcome === 'failure'"
                  [class.text-danger]="entry.outcome === 'failure'"
                  [class.bg-warning-soft]="entry.outcome === 'denied'"
                  [class.text-warning]="entry.outcome === 'denied'"
                  >{{ entry.outcome === 'denied' ? 'Denied' : 'Failed' }}</span
                >
              }
            </p>
            <p class="mt-0.5 flex flex-wrap gap-x-3 gap-y-0.5 text-xs text-muted">
              <time
                [attr.datetime]="entry.occurredAt"
                [title]="entry.occurredAt | date: 'medium'"
                >{{ ago(entry.occurredAt) }}</time
              >
              <code class="font-mono">{{ entry.action }}</code>
              @if (showProject() && entry.projectId) {
                <span
                  >project <code class="font-mono">{{ entry.projectId }}</code></span
                >
              }
              @if (entry.source) {
                <span>{{ entry.source }}</span>
              }
            </p>
            @if (!compact() && hasDetails(entry)) {
              <details class="mt-1 text-xs">
                <summary class="cursor-pointer text-muted hover:text-fg">Details</summary>
                <pre
                  class="mt-1 max-h-60 overflow-auto rounded-control bg-surface-muted p-2 font-mono text-fg"
                  >{{ entry.details | json }}</pre>
                @if (entry.requestId) {
                  <p class="mt-1 text-muted">
                    Request id <code>{{ entry.requestId }}</code>
                  </p>
                }
              </details>
            }
          </div>
        </li>
      }
    </ol>
  `,
})
export class AuditListComponent {
  readonly entries = input.required<readonly AuditEntry[]>();
  readonly label = input('Activity');
  /** Fewer lines (dashboard card): no details disclosure. */
  readonly compact = input(false);
  /** Show each entry's project id (platform-wide audit). */
  readonly showProject = input(false);

  protected describe(entry: AuditEntry): string {
    return describeAction(entry);
  }

  protected ago(iso: string): string {
    return relativeTime(iso);
  }

  protected hasDetails(entry: AuditEntry): boolean {
    return !!entry.details && Object.keys(entry.details).length > 0;
  }
}
