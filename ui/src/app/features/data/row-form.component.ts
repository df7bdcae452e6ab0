import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  effect,
  inject,
  input,
  output,
  signal,
  untracked,
} from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import { ExplorerColumn, Row, SchemaTable } from '../../core/models';
import { DataService } from '../../core/services/data.service';
import { toApiError } from '../../core/utils/api-error';
import { AlertComponent, AlertTone } from '../../shared/components/alert/alert.component';
import { IconComponent } from '../../shared/components/icon/icon.component';
import { applyServerErrors } from '../../shared/forms/form-errors';
import {
  FieldSpec,
  controlValueOf,
  describeFieldError,
  describeKey,
  fieldSpecs,
  fieldValidator,
  valuesToSend,
} from './data-utils';

/**
 * The side form that inserts or edits one row, built from the table's columns: identity and
 * generated columns are shown read-only, required columns are marked, enum columns are selects of
 * their values, nullable columns have a NULL switch. An insert sends what was filled in (the
 * database fills the rest with its defaults), an edit only the changed columns. The server's field
 * errors (`values.<column>`) land on their fields; a 403 is reported to the grid (`forbidden`).
 */
@Component({
  selector: 'app-row-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, RouterLink, AlertComponent, IconComponent],
  host: { class: 'block' },
  template: `
    <section
      class="card p-5"
      aria-labelledby="row-form-title"
      data-testid="row-form"
      (keydown.escape)="closed.emit()"
    >
      <div class="flex items-start justify-between gap-3">
        <div class="min-w-0">
          <h2 id="row-form-title" class="section-title">
            {{ inserting() ? 'New row' : 'Edit row' }}
          </h2>
          <p class="mt-1 break-all text-xs text-muted">
            <span class="font-mono">{{ table() }}</span>
            @if (rowKey(); as k) {
              · {{ describe(k) }}
            }
          </p>
        </div>
        <button
          type="button"
          class="btn btn-ghost btn-sm"
          aria-label="Close the row form"
          (click)="closed.emit()"
        >
          <app-icon name="close" [size]="16" />
        </button>
      </div>

      @if (message(); as m) {
        <app-alert class="mt-4 block" [tone]="m.tone" [title]="m.title"
          >{{ m.text }}
          @if (m.noSnapshot) {
            <a class="mt-1 block" [routerLink]="['/projects', projectId(), 'connections']"
              >Capture a snapshot on the Connections page</a
            >
          }
        </app-alert>
      }

      <form [formGroup]="form()" (ngSubmit)="save()" novalidate class="mt-4 space-y-4">
        @for (f of fields(); track f.control) {
          <div [attr.data-field]="f.name">
            <div class="flex items-baseline justify-between gap-2">
              <label [attr.for]="idOf(f)" class="field-label !mb-1 break-all font-mono">
                {{ f.name }}
                @if (f.required && inserting()) {
                  <span class="text-danger" aria-hidden="true">*</span>
                  <span class="sr-only">(required)</span>
                }
                @if (f.primaryKey) {
                  <span
                    class="ml-1 rounded bg-warning-soft px-1 text-xs font-semibold text-warning"
                    title="Primary key"
                    >PK</span
                  >
                }
              </label>
              <span class="shrink-0 font-mono text-xs text-muted">{{ f.dataType }}</span>
            </div>
            @if (f.readOnly) {
              <input
                [id]="idOf(f)"
                type="text"
                class="input bg-surface-muted font-mono text-sm"
                readonly
                [value]="readOnlyText(f)"
                [attr.aria-describedby]="idOf(f) + '-hint'"
              />
              <p [id]="idOf(f) + '-hint'" class="field-hint">{{ f.readOnlyReason }}</p>
            } @else {
              @switch (f.input) {
                @case ('select') {
                  <select
                    [id]="idOf(f)"
                    class="input"
                    [formControlName]="f.control"
                    [attr.aria-invalid]="show(f)"
                    [attr.aria-describedby]="describedBy(f)"
                    [attr.aria-required]="f.required && inserting()"
                  >
                    <option value="">
                      {{ f.defaultValue && inserting() ? '(default)' : '(choose)' }}
                    </option>
                    @for (v of f.enumValues; track v) {
                      <option [value]="v">{{ v }}</option>
                    }
                  </select>
                }
                @case ('boolean') {
                  <select
                    [id]="idOf(f)"
                    class="input"
                    [formControlName]="f.control"
                    [attr.aria-invalid]="show(f)"
                    [attr.aria-describedby]="describedBy(f)"
                    [attr.aria-required]="f.required && inserting()"
                  >
                    <option value="">{{ inserting() ? '(default)' : '(choose)' }}</option>
                    <option value="true">true</option>
                    <option value="false">false</option>
                  </select>
                }
                @case ('textarea') {
                  <textarea
                    [id]="idOf(f)"
                    class="input text-sm"
                    rows="3"
                    [formControlName]="f.control"
                    [attr.aria-invalid]="show(f)"
                    [attr.aria-describedby]="describedBy(f)"
                    [attr.aria-required]="f.required && inserting()"
                    [placeholder]="nullPlaceholder(f)"
                  ></textarea>
                }
                @case ('json') {
                  <textarea
                    [id]="idOf(f)"
                    class="input font-mono text-xs"
                    rows="5"
                    spellcheck="false"
                    [formControlName]="f.control"
                    [attr.aria-invalid]="show(f)"
                    [attr.aria-describedby]="describedBy(f)"
                    [attr.aria-required]="f.required && inserting()"
                    [placeholder]="nullPlaceholder(f)"
                  ></textarea>
                }
                @default {
                  <input
                    [id]="idOf(f)"
                    [type]="f.input === 'date' ? 'date' : 'text'"
                    [attr.inputmode]="f.input === 'number' ? 'decimal' : null"
                    class="input"
                    [class.font-mono]="f.input === 'number'"
                    autocomplete="off"
                    [formControlName]="f.control"
                    [attr.aria-invalid]="show(f)"
                    [attr.aria-describedby]="describedBy(f)"
                    [attr.aria-required]="f.required && inserting()"
                    [placeholder]="nullPlaceholder(f)"
                  />
                }
              }
              @if (f.nullable) {
                <label class="mt-1 inline-flex items-center gap-2 text-xs text-fg">
                  <input
                    type="checkbox"
                    [checked]="isNull(f)"
                    (change)="setNull(f, $any($event.target).checked)"
                  />
                  NULL
                </label>
              }
              @if (f.hint) {
                <p [id]="idOf(f) + '-hint'" class="field-hint">{{ f.hint }}</p>
              }
              @if (show(f)) {
                <p [id]="idOf(f) + '-error'" class="field-error">{{ errorOf(f) }}</p>
              }
            }
          </div>
        }
        <div class="flex flex-wrap gap-3 pt-2">
          <button type="submit" class="btn btn-primary" [disabled]="saving() || !!blocked()">
            {{ saving() ? 'Saving…' : inserting() ? 'Insert row' : 'Save changes' }}
          </button>
          <button type="button" class="btn btn-ghost" (click)="closed.emit()">Cancel</button>
        </div>
        @if (blocked(); as b) {
          <p class="text-sm text-muted" data-testid="form-blocked">{{ b }}</p>
        }
      </form>
    </section>
  `,
})
export class RowFormComponent {
  private readonly data = inject(DataService);
  private readonly host = inject(ElementRef);
  private readonly injector = inject(Injector);

  readonly projectId = input.required<string>();
  readonly connectionId = input.required<string>();
  /** `schema.name` */
  readonly table = input.required<string>();
  readonly schemaTable = input<SchemaTable | null>(null);
  readonly columns = input<ExplorerColumn[] | null>(null);
  /** The row being edited; null for a new row. */
  readonly row = input<Row | null>(null);
  /** The edited row's primary key. */
  readonly rowKey = input<Row | null>(null);
  /** Why writes are refused (set after a 403): the form stays readable, Save is off. */
  readonly blocked = input<string | null>(null);

  readonly saved = output<Row>();
  readonly closed = output<void>();
  /** The server answered 403: writes to this connection are not allowed to this user. */
  readonly forbidden = output<string>();

  readonly inserting = computed(() => this.row() === null);
  /** Compared by content: a reload of the grid (new objects, same columns) keeps what was typed. */
  readonly fields = computed(() => fieldSpecs(this.schemaTable(), this.columns()), {
    equal: (a, b) => JSON.stringify(a) === JSON.stringify(b),
  });
  readonly form = computed(() => this.buildForm(this.fields(), this.row()));
  protected readonly saving = signal(false);
  private readonly submitted = signal(false);
  protected readonly message = signal<{
    tone: AlertTone;
    title: string;
    text: string;
    noSnapshot?: boolean;
  } | null>(null);
  /** Bumped when control states change outside template events (server errors, NULL switch). */
  private readonly tick = signal(0);

  protected readonly describe = describeKey;

  constructor() {
    effect(() => {
      this.form();
      untracked(() => {
        this.submitted.set(false);
        this.message.set(null);
        // Keyboard users land in the form they opened.
        afterNextRender(
          () =>
            (this.host.nativeElement as HTMLElement)
              .querySelector<HTMLElement>(
                'form input:not([readonly]):not([type="checkbox"]):enabled, form select:enabled, form textarea:enabled',
              )
              ?.focus(),
          { injector: this.injector },
        );
      });
    });
  }

  private buildForm(
    fields: FieldSpec[],
    row: Row | null,
  ): FormGroup<Record<string, FormControl<string | null>>> {
    const controls: Record<string, FormControl<string | null>> = {};
    for (const field of fields) {
      if (field.readOnly) continue;
      const initial = row ? controlValueOf(row[field.name], field) : '';
      const control = new FormControl<string | null>(initial, {
        validators: fieldValidator(field, () => this.row() === null),
      });
      if (initial === null) control.disable({ emitEvent: false });
      controls[field.control] = control;
    }
    return new FormGroup(controls);
  }

  protected idOf(field: FieldSpec): string {
    return `row-${field.control}`;
  }

  protected readOnlyText(field: FieldSpec): string {
    const row = this.row();
    if (!row) return 'Filled by the database';
    const value = row[field.name];
    return value === null || value === undefined
      ? 'NULL'
      : typeof value === 'object'
        ? JSON.stringify(value)
        : String(value);
  }

  protected nullPlaceholder(field: FieldSpec): string {
    return this.isNull(field) ? 'NULL' : '';
  }

  protected isNull(field: FieldSpec): boolean {
    this.tick();
    return this.form().controls[field.control]?.value === null;
  }

  protected setNull(field: FieldSpec, on: boolean): void {
    const control = this.form().controls[field.control];
    if (!control) return;
    if (on) {
      control.setValue(null);
      control.disable();
    } else {
      control.enable();
      control.setValue('');
    }
    control.markAsDirty();
    control.markAsTouched();
    this.tick.update((n) => n + 1);
  }

  protected show(field: FieldSpec): boolean {
    this.tick();
    const control = this.form().controls[field.control];
    return !!control && control.invalid && (control.touched || this.submitted());
  }

  protected errorOf(field: FieldSpec): string {
    const errors = this.form().controls[field.control]?.errors;
    return errors ? describeFieldError(errors, field) : '';
  }

  protected describedBy(field: FieldSpec): string | null {
    const ids = [
      ...(field.hint ? [`${this.idOf(field)}-hint`] : []),
      ...(this.show(field) ? [`${this.idOf(field)}-error`] : []),
    ];
    return ids.length ? ids.join(' ') : null;
  }

  async save(): Promise<void> {
    const form = this.form();
    this.submitted.set(true);
    this.message.set(null);
    if (form.invalid) {
      form.markAllAsTouched();
      this.tick.update((n) => n + 1);
      this.focusFirstInvalid();
      return;
    }
    const inserting = this.inserting();
    const values = valuesToSend(this.fields(), form.controls, inserting);
    if (!inserting && !Object.keys(values).length) {
      this.message.set({ tone: 'info', title: 'Nothing to save', text: 'No column was changed.' });
      return;
    }
    this.saving.set(true);
    try {
      const saved = await firstValueFrom(
        inserting
          ? this.data.insert(this.projectId(), this.connectionId(), this.table(), values)
          : this.data.update(
              this.projectId(),
              this.connectionId(),
              this.table(),
              this.rowKey() ?? {},
              values,
            ),
      );
      this.saved.emit(saved);
    } catch (e) {
      this.showError(e);
    } finally {
      this.saving.set(false);
    }
  }

  private showError(e: unknown): void {
    const error = toApiError(e);
    const aliases: Record<string, string> = {};
    for (const f of this.fields())
      if (!f.readOnly) {
        aliases[`values.${f.name}`] = f.control;
        aliases[f.name] = f.control;
      }
    const unmatched = applyServerErrors(this.form(), error, aliases);
    if (error.status === 403) this.forbidden.emit(error.message);
    const title =
      error.status === 403
        ? 'Writes are not allowed here'
        : error.status === 409
          ? 'No snapshot yet'
          : error.status === 422
            ? 'The database refused the change'
            : this.inserting()
              ? 'The row was not inserted'
              : 'The changes were not saved';
    this.message.set({
      tone: 'error',
      title,
      text: [
        error.message,
        ...(error.fieldErrors.length > unmatched.length ? ['See the marked fields.'] : []),
        ...unmatched,
      ].join('\n'),
      noSnapshot: error.status === 409,
    });
    this.tick.update((n) => n + 1);
    if (error.fieldErrors.length > unmatched.length) this.focusFirstInvalid();
  }

  private focusFirstInvalid(): void {
    afterNextRender(
      () =>
        (this.host.nativeElement as HTMLElement)
          .querySelector<HTMLElement>('[aria-invalid="true"]')
          ?.focus(),
      { injector: this.injector },
    );
  }
}
