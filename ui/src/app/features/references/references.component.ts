import { DatePipe, DecimalPipe } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import {
  AbstractControl,
  FormBuilder,
  ReactiveFormsModule,
  ValidationErrors,
  Validators,
} from '@angular/forms';
import { RouterLink } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import {
  InferredRelation,
  Reference,
  ReferenceRequest,
  SchemaInsights,
  TABLE_ROLES,
  TableRole,
  VirtualRelation,
} from '../../core/models';
import { AuthService } from '../../core/services/auth.service';
import { ConfirmService } from '../../core/services/confirm.service';
import { ProjectsService } from '../../core/services/projects.service';
import { SchemaNotesService } from '../../core/services/schema-notes.service';
import { SchemaService } from '../../core/services/schema.service';
import { ToastService } from '../../core/services/toast.service';
import { toApiError } from '../../core/utils/api-error';
import { hasPermission, projectPermissionOf } from '../../core/utils/roles';
import { AlertComponent } from '../../shared/components/alert/alert.component';
import { IconComponent } from '../../shared/components/icon/icon.component';
import { ProjectPageHeaderComponent } from '../../shared/components/page-header/project-page-header.component';
import { EmptyStateComponent } from '../../shared/components/states/empty-state.component';
import { ErrorStateComponent } from '../../shared/components/states/error-state.component';
import { LoadingStateComponent } from '../../shared/components/states/loading-state.component';
import { Loader } from '../../shared/data/loader';
import { FormErrors, applyServerErrors, notBlank } from '../../shared/forms/form-errors';
import { qualified } from '../schema/schema-utils';
import { SnapshotContext } from '../schema/snapshot-context';
import { SnapshotPickerComponent } from '../schema/snapshot-picker.component';
import {
  KIND_CLASSES,
  KIND_LABELS,
  ROLE_CLASSES,
  decidedKey,
  filterInsights,
  inferredKey,
  parseValues,
  percent,
  roleCounts,
  unadoptedReferences,
  undecidedRelations,
} from './references-utils';

/** Values shown per reference before "show all". */
export const VALUE_CHIPS = 24;
/** Table insights rendered at once; "Show more" adds as many again. */
export const INSIGHTS_PAGE = 100;
export const REFERENCE_NAME_MAX = 100;

const FIELD_LABELS: Record<string, string> = { name: 'Name', values: 'Values' };

/** At least one non-blank line. */
function someValues(control: AbstractControl): ValidationErrors | null {
  return parseValues(String(control.value ?? '')).length ? null : { required: true };
}

/**
 * `/projects/:projectId/references?connectionId=&snapshotId=`: what KytheraDB knows about the
 * meaning of a connection's data. Reference definitions (named lists of allowed values, from enum
 * types, CHECK lists, lookup tables or typed in), "adopt detected" to keep the ones the heuristics
 * found, and the heuristics of a snapshot: table roles and domains, references not kept yet, and
 * relations the names suggest, to confirm or reject.
 */
@Component({
  selector: 'app-references',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [SnapshotContext],
  imports: [
    DatePipe,
    DecimalPipe,
    ReactiveFormsModule,
    RouterLink,
    AlertComponent,
    IconComponent,
    ProjectPageHeaderComponent,
    EmptyStateComponent,
    ErrorStateComponent,
    LoadingStateComponent,
    SnapshotPickerComponent,
  ],
  template: `
    <div class="mx-auto max-w-6xl px-6 py-8 lg:px-8">
      <app-project-page-header
        [projectId]="projectId()"
        heading="References"
        description="Allowed values, table roles and undeclared relations of a connection: the knowledge seeding and validation build on."
      />

      <app-snapshot-picker class="mt-6" idPrefix="refs" />

      @if (ctx.connectionId(); as connectionId) {
        <section class="card mt-6 p-6" aria-labelledby="refs-title" data-testid="references">
          <div class="flex flex-wrap items-start justify-between gap-3">
            <div>
              <h2 id="refs-title" class="section-title">Reference definitions</h2>
              <p class="mt-1 text-sm text-muted">
                Named lists of allowed values kept for
                {{ ctx.connection()?.name ?? 'this connection' }}.
              </p>
            </div>
            @if (canWrite()) {
              <div class="flex flex-wrap gap-2">
                <button
                  type="button"
                  class="btn btn-secondary btn-sm"
                  (click)="adopt()"
                  [disabled]="busy() === 'adopt'"
                  title="Keep the references detected in the newest snapshot"
                >
                  <app-icon name="download" [size]="14" />
                  {{ busy() === 'adopt' ? 'Adopting…' : 'Adopt detected' }}
                </button>
                @if (!formOpen()) {
                  <button
                    type="button"
                    class="btn btn-primary btn-sm"
                    (click)="startCreate($event)"
                  >
                    <app-icon name="plus" [size]="14" /> New reference
                  </button>
                }
              </div>
            }
          </div>

          @if (adoptMessage(); as m) {
            <app-alert class="mt-4 block" [tone]="m.tone" data-testid="adopt-result">{{
              m.text
            }}</app-alert>
          }

          @if (formOpen()) {
            <form
              class="mt-4 space-y-4 rounded-control border border-border bg-surface-muted/40 p-4"
              [formGroup]="form"
              (ngSubmit)="save()"
              novalidate
              aria-labelledby="ref-form-title"
              (keydown.escape)="closeForm()"
            >
              <h3 id="ref-form-title" class="text-sm font-semibold text-fg">
                {{ editing() ? 'Edit ' + editing()!.name : 'New reference' }}
              </h3>
              @if (formError(); as e) {
                <app-alert tone="error" [title]="formErrorTitle()">{{ e }}</app-alert>
              }
              <div class="grid gap-4 md:grid-cols-2">
                <div>
                  <label for="ref-name" class="field-label">Name</label>
                  <input
                    id="ref-name"
                    type="text"
                    class="input"
                    formControlName="name"
                    autocomplete="off"
                    [attr.maxlength]="nameMax"
                    [attr.aria-invalid]="errors.show('name')"
                    [attr.aria-describedby]="errors.describedBy('name')"
                  />
                  @if (errors.show('name')) {
                    <p id="name-error" class="field-error">{{ errors.message('name') }}</p>
                  }
                </div>
                <div>
                  <label for="ref-values" class="field-label">Values</label>
                  <textarea
                    id="ref-values"
                    class="input font-mono text-sm"
                    rows="6"
                    formControlName="values"
                    spellcheck="false"
                    [attr.aria-invalid]="errors.show('values')"
                    [attr.aria-describedby]="errors.describedBy('values', 'ref-values-hint')"
                  ></textarea>
                  <p id="ref-values-hint" class="field-hint">
                    One value per line; blank lines and repeats are ignored.
                  </p>
                  @if (errors.show('values')) {
                    <p id="values-error" class="field-error">{{ errors.message('values') }}</p>
                  }
                </div>
              </div>
              <div class="flex flex-wrap gap-3">
                <button type="submit" class="btn btn-primary" [disabled]="saving()">
                  {{ saving() ? 'Saving…' : editing() ? 'Save changes' : 'Create reference' }}
                </button>
                <button type="button" class="btn btn-ghost" (click)="closeForm()">Cancel</button>
              </div>
            </form>
          }

          <div class="mt-4">
            @if (list.loading() && !list.value()) {
              <app-loading-state message="Loading references…" [compact]="true" />
            } @else if (list.error() && !list.value()) {
              <app-error-state
                title="References could not be loaded"
                [message]="list.error()!"
                (retry)="loadList()"
              />
            } @else if (list.value(); as refs) {
              @if (!refs.length) {
                <app-empty-state
                  title="No reference definitions yet"
                  [message]="
                    canWrite()
                      ? 'Adopt the ones detected in the schema, or create one by hand.'
                      : 'Nobody has kept a reference for this connection yet.'
                  "
                />
              } @else {
                <ul class="divide-y divide-border">
                  @for (r of refs; track r.id) {
                    <li class="py-4 first:pt-0 last:pb-0" [attr.data-reference]="r.name">
                      <div class="flex flex-wrap items-start justify-between gap-3">
                        <div class="min-w-0 flex-1">
                          <p class="flex flex-wrap items-center gap-2">
                            <span class="font-semibold text-fg">{{ r.name }}</span>
                            <span
                              class="rounded-full border px-2 py-0.5 text-xs font-semibold"
                              [class]="kindClass(r.kind)"
                              data-testid="kind"
                              >{{ kindLabel(r.kind) }}</span
                            >
                            @if (r.source) {
                              <code class="break-all font-mono text-xs text-muted">{{
                                r.source
                              }}</code>
                            }
                          </p>
                          <ul
                            class="mt-2 flex flex-wrap gap-1.5"
                            [attr.aria-label]="'Values of ' + r.name"
                          >
                            @for (v of shownValues(r); track v) {
                              <li
                                class="rounded-full border border-border bg-surface-muted px-2 py-0.5 font-mono text-xs text-fg"
                              >
                                {{ v }}
                              </li>
                            } @empty {
                              <li class="text-xs text-muted">
                                No values (rows of a lookup table).
                              </li>
                            }
                          </ul>
                          @if (r.values.length > chipLimit) {
                            <button
                              type="button"
                              class="mt-1 text-xs font-semibold text-primary"
                              [attr.aria-expanded]="expanded().has(r.id)"
                              (click)="toggleValues(r.id)"
                            >
                              {{
                                expanded().has(r.id)
                                  ? 'Show fewer'
                                  : 'Show all ' + (r.values.length | number) + ' values'
                              }}
                            </button>
                          }
                        </div>
                        @if (canWrite()) {
                          <div class="flex items-center gap-2">
                            <button
                              type="button"
                              class="btn btn-ghost btn-sm"
                              (click)="startEdit(r, $event)"
                              [attr.aria-label]="'Edit ' + r.name"
                            >
                              Edit
                            </button>
                            <button
                              type="button"
                              class="btn btn-ghost btn-sm text-danger"
                              (click)="remove(r)"
                              [disabled]="busy() === r.id"
                              [attr.aria-label]="'Delete ' + r.name"
                            >
                              <app-icon name="trash" [size]="14" /> Delete
                            </button>
                          </div>
                        }
                      </div>
                    </li>
                  }
                </ul>
                @if (list.error()) {
                  <p class="mt-3 text-xs text-warning" role="status">
                    Could not refresh: {{ list.error() }}
                  </p>
                }
              }
            }
          </div>
        </section>

        @if (ctx.snapshotId()) {
          @if (insights.loading() && !insights.value()) {
            <app-loading-state message="Reading the schema's heuristics…" />
          } @else if (insights.error()) {
            <app-error-state
              class="mt-6 block"
              title="The heuristics could not be loaded"
              [message]="insights.error()!"
              (retry)="loadInsights()"
            />
          } @else if (insights.value(); as ins) {
            <section class="card mt-6 p-6" aria-labelledby="detected-title" data-testid="detected">
              <h2 id="detected-title" class="section-title">
                Detected references not kept yet
                <span class="text-muted">({{ unadopted().length }})</span>
              </h2>
              @if (!unadopted().length) {
                <p class="mt-2 text-sm text-muted">
                  {{
                    ins.references.length
                      ? 'Every reference detected in this snapshot is kept.'
                      : 'No enum type, CHECK list or lookup table was found.'
                  }}
                </p>
              } @else {
                <p class="mt-1 text-sm text-muted">
                  Found in the snapshot; "Adopt detected" keeps them all as reference definitions.
                </p>
                <ul class="mt-3 divide-y divide-border">
                  @for (d of unadopted(); track d.source + d.name) {
                    <li class="py-3" [attr.data-detected]="d.name">
                      <p class="flex flex-wrap items-center gap-2 text-sm">
                        <span class="font-semibold text-fg">{{ d.name }}</span>
                        <span
                          class="rounded-full border px-2 py-0.5 text-xs font-semibold"
                          [class]="kindClass(d.kind.toLowerCase())"
                          >{{ kindLabel(d.kind) }}</span
                        >
                        <code class="font-mono text-xs text-muted">{{ d.source }}</code>
                      </p>
                      @if (d.values.length) {
                        <p class="mt-1 font-mono text-xs text-fg">
                          {{ d.values.slice(0, chipLimit).join(', ')
                          }}{{ d.values.length > chipLimit ? ', …' : '' }}
                        </p>
                      }
                    </li>
                  }
                </ul>
              }
            </section>

            <section
              class="card mt-6 p-6"
              aria-labelledby="relations-title"
              data-testid="relations"
            >
              <h2 id="relations-title" class="section-title">Inferred relations</h2>
              <p class="mt-1 text-sm text-muted">
                Columns whose names suggest a foreign key the schema does not declare. Confirmed
                relations are followed like foreign keys; rejected ones are not proposed again.
              </p>
              @if (relations.error() && !relations.value()) {
                <app-error-state
                  class="mt-4 block"
                  title="Relation decisions could not be loaded"
                  [message]="relations.error()!"
                  (retry)="loadRelations()"
                />
              } @else if (!undecided().length) {
                <p class="mt-3 text-sm text-muted">
                  {{
                    ins.inferredRelations.length
                      ? 'Every inferred relation has been decided.'
                      : 'No undeclared relation was inferred.'
                  }}
                </p>
              } @else {
                <ul class="mt-3 divide-y divide-border">
                  @for (rel of undecided(); track key(rel)) {
                    <li
                      class="flex flex-wrap items-start justify-between gap-3 py-3"
                      data-testid="inferred"
                      [attr.data-relation]="key(rel)"
                    >
                      <div class="min-w-0 flex-1 text-sm">
                        <p class="break-all font-mono">
                          {{ name(rel.fromTable) }}({{ rel.fromColumns.join(', ') }}) →
                          {{ name(rel.toTable) }}({{ rel.toColumns.join(', ') }})
                        </p>
                        <p class="mt-1 text-xs text-muted">
                          {{ pct(rel.confidence) }} confident · {{ rel.reason }}
                        </p>
                      </div>
                      @if (canWrite()) {
                        <div class="flex gap-2">
                          <button
                            type="button"
                            class="btn btn-secondary btn-sm"
                            [disabled]="busy() === key(rel)"
                            (click)="decide(rel, 'confirmed')"
                            [attr.aria-label]="'Confirm ' + describeInferred(rel)"
                          >
                            <app-icon name="check" [size]="14" /> Confirm
                          </button>
                          <button
                            type="button"
                            class="btn btn-ghost btn-sm"
                            [disabled]="busy() === key(rel)"
                            (click)="decide(rel, 'rejected')"
                            [attr.aria-label]="'Reject ' + describeInferred(rel)"
                          >
                            Reject
                          </button>
                        </div>
                      }
                    </li>
                  }
                </ul>
              }

              @if (relations.value()?.length) {
                <h3 class="mt-6 text-sm font-semibold text-fg">Decided</h3>
                <ul class="mt-2 divide-y divide-border" data-testid="decided">
                  @for (d of relations.value(); track d.id) {
                    <li
                      class="flex flex-wrap items-center justify-between gap-3 py-2 text-sm"
                      [attr.data-decided]="decided(d)"
                    >
                      <div class="min-w-0 flex-1">
                        <span
                          class="mr-2 rounded-full border px-2 py-0.5 text-xs font-semibold"
                          [class]="
                            d.status === 'CONFIRMED'
                              ? 'border-success/40 bg-success-soft text-success'
                              : 'border-border bg-surface-muted text-muted'
                          "
                          >{{ d.status === 'CONFIRMED' ? 'confirmed' : 'rejected' }}</span
                        >
                        <span class="break-all font-mono"
                          >{{ d.fromTable }}({{ d.fromColumns.join(', ') }}) → {{ d.toTable }}({{
                            d.toColumns.join(', ')
                          }})</span
                        >
                        <span class="ml-1 text-xs text-muted">{{
                          d.createdAt | date: 'medium'
                        }}</span>
                      </div>
                      @if (canWrite()) {
                        <button
                          type="button"
                          class="btn btn-ghost btn-sm"
                          [disabled]="busy() === d.id"
                          (click)="forget(d)"
                          [attr.aria-label]="'Forget the decision on ' + decided(d)"
                        >
                          Forget
                        </button>
                      }
                    </li>
                  }
                </ul>
              }
            </section>

            <section class="card mt-6 p-6" aria-labelledby="roles-title" data-testid="roles">
              <h2 id="roles-title" class="section-title">Table roles and domains</h2>
              <p class="mt-1 text-sm text-muted">
                What each table looks like from its shape and names: an entity, a lookup list, a
                junction between two tables, a log or configuration.
              </p>
              @if (!ins.tables.length) {
                <p class="mt-3 text-sm text-muted">This snapshot has no tables.</p>
              } @else {
                <form
                  class="mt-4 grid gap-3 sm:grid-cols-[minmax(0,1fr)_12rem]"
                  role="search"
                  aria-label="Filter tables"
                  (submit)="$event.preventDefault()"
                >
                  <div>
                    <label for="roles-search" class="field-label">Search</label>
                    <input
                      id="roles-search"
                      type="search"
                      class="input"
                      autocomplete="off"
                      placeholder="Table, domain or reason"
                      [value]="query()"
                      (input)="query.set($any($event.target).value); limit.set(page)"
                    />
                  </div>
                  <div>
                    <label for="roles-role" class="field-label">Role</label>
                    <select
                      id="roles-role"
                      class="input"
                      (change)="role.set($any($event.target).value || null); limit.set(page)"
                    >
                      <option value="">All roles</option>
                      @for (r of roles; track r) {
                        <option [value]="r" [selected]="r === role()">
                          {{ r }} ({{ counts()[r] ?? 0 }})
                        </option>
                      }
                    </select>
                  </div>
                </form>
                <p class="mt-3 text-xs text-muted" role="status">
                  {{ filteredTables().length | number }} of {{ ins.tables.length | number }} tables
                </p>
                <div class="mt-2 overflow-x-auto">
                  <table class="w-full text-left text-sm">
                    <thead class="text-xs uppercase tracking-wide text-muted">
                      <tr>
                        <th scope="col" class="py-2 pr-4 font-semibold">Table</th>
                        <th scope="col" class="py-2 pr-4 font-semibold">Role</th>
                        <th scope="col" class="py-2 pr-4 font-semibold">Why</th>
                        <th scope="col" class="py-2 font-semibold">Domain</th>
                      </tr>
                    </thead>
                    <tbody class="divide-y divide-border">
                      @for (t of filteredTables().slice(0, limit()); track t.table) {
                        <tr [attr.data-table]="t.table">
                          <th scope="row" class="py-2 pr-4 align-top font-mono font-medium">
                            <a
                              [routerLink]="['/projects', projectId(), 'schema']"
                              [queryParams]="{
                                connectionId: ctx.connectionId(),
                                snapshotId: ctx.snapshotId(),
                                table: t.table,
                              }"
                              >{{ t.table }}</a
                            >
                          </th>
                          <td class="py-2 pr-4 align-top">
                            <span
                              class="rounded-full border px-2 py-0.5 text-xs font-semibold"
                              [class]="roleClass(t.role)"
                              >{{ t.role }}</span
                            >
                          </td>
                          <td class="py-2 pr-4 align-top text-xs text-muted">{{ t.roleReason }}</td>
                          <td class="py-2 align-top text-xs">
                            {{ t.domain }}
                            @if (t.domain !== 'other') {
                              <span class="text-muted">· {{ pct(t.domainConfidence) }}</span>
                            }
                          </td>
                        </tr>
                      } @empty {
                        <tr>
                          <td colspan="4" class="py-6 text-center text-sm text-muted">
                            No table matches.
                          </td>
                        </tr>
                      }
                    </tbody>
                  </table>
                </div>
                @if (filteredTables().length > limit()) {
                  <button
                    type="button"
                    class="btn btn-secondary btn-sm mt-3"
                    (click)="limit.set(limit() + page)"
                  >
                    Show more ({{ filteredTables().length - limit() | number }} left)
                  </button>
                }
              }
            </section>
          }
        }
      }
    </div>
  `,
})
export class ReferencesComponent {
  private readonly notes = inject(SchemaNotesService);
  private readonly schema = inject(SchemaService);
  private readonly projects = inject(ProjectsService);
  private readonly auth = inject(AuthService);
  private readonly confirm = inject(ConfirmService);
  private readonly toasts = inject(ToastService);
  private readonly host = inject(ElementRef);
  private readonly injector = inject(Injector);
  private readonly destroyRef = inject(DestroyRef);
  protected readonly ctx = inject(SnapshotContext);

  readonly projectId = input.required<string>();
  readonly connectionId = input<string | undefined>();
  readonly snapshotId = input<string | undefined>();

  protected readonly chipLimit = VALUE_CHIPS;
  protected readonly page = INSIGHTS_PAGE;
  protected readonly nameMax = REFERENCE_NAME_MAX;
  protected readonly roles = TABLE_ROLES;

  readonly list = new Loader<Reference[]>(this.destroyRef);
  readonly relations = new Loader<VirtualRelation[]>(this.destroyRef);
  readonly insights = new Loader<SchemaInsights>(this.destroyRef);

  protected readonly canWrite = computed(() =>
    hasPermission(
      projectPermissionOf(this.projects.known()[this.projectId()], this.auth.user()?.id),
      'write',
    ),
  );
  protected readonly busy = signal<string | null>(null);
  protected readonly adoptMessage = signal<{ tone: 'success' | 'info'; text: string } | null>(null);
  protected readonly expanded = signal<ReadonlySet<string>>(new Set());

  readonly unadopted = computed(() =>
    unadoptedReferences(this.insights.value()?.references ?? [], this.list.value() ?? []),
  );
  readonly undecided = computed(() =>
    undecidedRelations(
      this.insights.value()?.inferredRelations ?? [],
      this.relations.value() ?? [],
    ),
  );

  readonly query = signal('');
  readonly role = signal<TableRole | null>(null);
  readonly limit = signal(INSIGHTS_PAGE);
  readonly filteredTables = computed(() =>
    filterInsights(this.insights.value()?.tables ?? [], this.query(), this.role()),
  );
  protected readonly counts = computed(() => roleCounts(this.insights.value()?.tables ?? []));

  // ---- form
  readonly formOpen = signal(false);
  readonly editing = signal<Reference | null>(null);
  protected readonly saving = signal(false);
  protected readonly formError = signal<string | null>(null);
  protected readonly formErrorTitle = signal<string | null>(null);
  private readonly submitted = signal(false);
  private returnFocusTo: HTMLElement | null = null;
  readonly form = inject(FormBuilder).nonNullable.group({
    name: ['', [Validators.required, Validators.maxLength(REFERENCE_NAME_MAX), notBlank]],
    values: ['', [someValues]],
  });
  protected readonly errors = new FormErrors(this.form, this.submitted, FIELD_LABELS);

  protected readonly key = inferredKey;
  protected readonly decided = decidedKey;
  protected readonly name = qualified;
  protected readonly pct = percent;

  constructor() {
    effect(() =>
      this.ctx.set(this.projectId(), this.connectionId() ?? null, this.snapshotId() ?? null),
    );
    effect(() => {
      this.ctx.connectionId();
      untracked(() => {
        this.closeForm(false);
        this.adoptMessage.set(null);
        this.loadList(false);
        this.loadRelations(false);
      });
    });
    effect(() => {
      this.ctx.snapshotId();
      untracked(() => {
        this.limit.set(INSIGHTS_PAGE);
        this.loadInsights();
      });
    });
  }

  loadList(keep = true): void {
    const projectId = this.ctx.projectId();
    const connectionId = this.ctx.connectionId();
    if (projectId && connectionId)
      this.list.load(this.notes.references(projectId, connectionId), { keep });
    else this.list.reset();
  }

  loadRelations(keep = true): void {
    const projectId = this.ctx.projectId();
    const connectionId = this.ctx.connectionId();
    if (projectId && connectionId)
      this.relations.load(this.notes.relations(projectId, connectionId), { keep });
    else this.relations.reset();
  }

  loadInsights(): void {
    const projectId = this.ctx.projectId();
    const snapshotId = this.ctx.snapshotId();
    if (projectId && snapshotId) this.insights.load(this.schema.insights(projectId, snapshotId));
    else this.insights.reset();
  }

  protected kindLabel(kind: string): string {
    return KIND_LABELS[kind] ?? kind.toLowerCase().replace(/_/g, ' ');
  }

  protected kindClass(kind: string): string {
    return KIND_CLASSES[kind] ?? KIND_CLASSES['manual'];
  }

  protected roleClass(role: string): string {
    return ROLE_CLASSES[role] ?? ROLE_CLASSES['log'];
  }

  protected shownValues(reference: Reference): string[] {
    return this.expanded().has(reference.id)
      ? reference.values
      : reference.values.slice(0, VALUE_CHIPS);
  }

  protected toggleValues(id: string): void {
    this.expanded.update((set) => {
      const next = new Set(set);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  }

  protected describeInferred(relation: InferredRelation): string {
    return `${qualified(relation.fromTable)}(${relation.fromColumns.join(', ')}) → ${qualified(relation.toTable)}(${relation.toColumns.join(', ')})`;
  }

  // ---- adopt, confirm, reject, forget

  async adopt(): Promise<void> {
    const projectId = this.ctx.projectId();
    const connectionId = this.ctx.connectionId();
    if (!projectId || !connectionId) return;
    this.busy.set('adopt');
    this.adoptMessage.set(null);
    try {
      const added = await firstValueFrom(this.notes.adoptDetected(projectId, connectionId));
      this.adoptMessage.set(
        added.length
          ? {
              tone: 'success',
              text: `${added.length} reference${added.length === 1 ? '' : 's'} added: ${added
                .map((r) => r.name)
                .join(', ')}.`,
            }
          : { tone: 'info', text: 'Nothing new to adopt: every detected reference is kept.' },
      );
      this.loadList();
    } catch (e) {
      this.toasts.error(toApiError(e).message, 'The detected references were not adopted');
    } finally {
      this.busy.set(null);
    }
  }

  async decide(relation: InferredRelation, status: 'confirmed' | 'rejected'): Promise<void> {
    const projectId = this.ctx.projectId();
    const connectionId = this.ctx.connectionId();
    if (!projectId || !connectionId) return;
    const id = inferredKey(relation);
    this.busy.set(id);
    try {
      const saved = await firstValueFrom(
        this.notes.decideRelation(projectId, {
          connectionId,
          fromTable: qualified(relation.fromTable),
          fromColumns: relation.fromColumns,
          toTable: qualified(relation.toTable),
          toColumns: relation.toColumns,
          status,
        }),
      );
      this.relations.value.update((list) => [
        ...(list ?? []).filter((r) => r.id !== saved.id && decidedKey(r) !== decidedKey(saved)),
        saved,
      ]);
      this.toasts.success(`Relation ${status}.`);
    } catch (e) {
      this.toasts.error(toApiError(e).message, 'The decision was not saved');
    } finally {
      this.busy.set(null);
    }
  }

  async forget(relation: VirtualRelation): Promise<void> {
    const ok = await this.confirm.ask({
      title: 'Forget this decision?',
      message: `${decidedKey(relation)} is ${relation.status.toLowerCase()}. Forgetting it proposes the relation again when the heuristics infer it.`,
      confirmText: 'Forget decision',
      tone: 'danger',
    });
    if (!ok) return;
    const projectId = this.ctx.projectId();
    if (!projectId) return;
    this.busy.set(relation.id);
    try {
      await firstValueFrom(this.notes.forgetRelation(projectId, relation.id));
      this.relations.value.update((list) => (list ?? []).filter((r) => r.id !== relation.id));
      this.toasts.success('Decision forgotten.');
    } catch (e) {
      this.toasts.error(toApiError(e).message, 'The decision was not forgotten');
    } finally {
      this.busy.set(null);
    }
  }

  async remove(reference: Reference): Promise<void> {
    const ok = await this.confirm.ask({
      title: `Delete ${reference.name}?`,
      message:
        'The reference definition and its values are forgotten. The database is not touched.',
      confirmText: 'Delete reference',
      tone: 'danger',
    });
    if (!ok) return;
    const projectId = this.ctx.projectId();
    if (!projectId) return;
    this.busy.set(reference.id);
    try {
      await firstValueFrom(this.notes.deleteReference(projectId, reference.id));
      this.toasts.success(`${reference.name} was deleted.`);
      if (this.editing()?.id === reference.id) this.closeForm(false);
    } catch (e) {
      this.toasts.error(toApiError(e).message, 'The reference was not deleted');
    } finally {
      this.busy.set(null);
      this.loadList();
    }
  }

  // ---- form

  startCreate(event?: Event): void {
    this.openForm(null, event);
  }

  startEdit(reference: Reference, event?: Event): void {
    this.openForm(reference, event);
  }

  private openForm(reference: Reference | null, event?: Event): void {
    this.returnFocusTo = (event?.currentTarget as HTMLElement | null) ?? null;
    this.editing.set(reference);
    this.form.reset({
      name: reference?.name ?? '',
      values: reference?.values.join('\n') ?? '',
    });
    this.submitted.set(false);
    this.formError.set(null);
    this.formErrorTitle.set(null);
    this.formOpen.set(true);
    afterNextRender(
      () =>
        (this.host.nativeElement as HTMLElement).querySelector<HTMLElement>('#ref-name')?.focus(),
      { injector: this.injector },
    );
  }

  closeForm(restoreFocus = true): void {
    if (!this.formOpen()) return;
    this.formOpen.set(false);
    this.editing.set(null);
    const target = this.returnFocusTo;
    this.returnFocusTo = null;
    if (restoreFocus && target?.isConnected)
      afterNextRender(() => target.focus(), { injector: this.injector });
  }

  async save(): Promise<void> {
    this.submitted.set(true);
    this.formError.set(null);
    this.formErrorTitle.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const projectId = this.ctx.projectId();
    const connectionId = this.ctx.connectionId();
    if (!projectId || !connectionId) return;
    const editing = this.editing();
    const v = this.form.getRawValue();
    const request: ReferenceRequest = {
      name: v.name.trim(),
      values: parseValues(v.values),
      ...(editing ? { kind: editing.kind, source: editing.source } : { kind: 'manual' }),
    };
    this.saving.set(true);
    try {
      const saved = await firstValueFrom(
        editing
          ? this.notes.updateReference(projectId, editing.id, request)
          : this.notes.createReference(projectId, connectionId, request),
      );
      this.toasts.success(editing ? `${saved.name} was saved.` : `${saved.name} was created.`);
      this.closeForm();
      this.loadList();
    } catch (e) {
      const error = toApiError(e);
      const unmatched = applyServerErrors(this.form, error, { 'values[]': 'values' });
      if (error.status === 409 && !error.fieldErrors.length) {
        const control = this.form.controls.name;
        control.setErrors({ server: error.message });
        control.markAsTouched();
      }
      this.formErrorTitle.set(
        editing ? 'The changes were not saved' : 'The reference was not created',
      );
      this.formError.set(
        [
          error.message,
          ...(error.fieldErrors.length > unmatched.length || error.status === 409
            ? ['See the marked fields.']
            : []),
          ...unmatched,
        ].join('\n'),
      );
    } finally {
      this.saving.set(false);
    }
  }
}
