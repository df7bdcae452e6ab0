import { DatePipe } from '@angular/common';
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
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { firstValueFrom } from 'rxjs';
import { Annotation, SchemaTable } from '../../core/models';
import { AuthService } from '../../core/services/auth.service';
import { ConfirmService } from '../../core/services/confirm.service';
import { ProjectsService } from '../../core/services/projects.service';
import { SchemaNotesService } from '../../core/services/schema-notes.service';
import { ToastService } from '../../core/services/toast.service';
import { toApiError } from '../../core/utils/api-error';
import { hasPermission, projectPermissionOf } from '../../core/utils/roles';
import { AlertComponent } from '../../shared/components/alert/alert.component';
import { ErrorStateComponent } from '../../shared/components/states/error-state.component';
import { LoadingStateComponent } from '../../shared/components/states/loading-state.component';
import { Loader } from '../../shared/data/loader';
import { FormErrors, applyServerErrors, notBlank } from '../../shared/forms/form-errors';
import { qualified } from './schema-utils';

export const NOTE_MAX_LENGTH = 4000;

const FIELD_LABELS: Record<string, string> = { target: 'Applies to', body: 'Note' };

/** The notes of one table: on the table itself (`schema.table`) or one of its columns. */
export function notesOfTable(annotations: readonly Annotation[], table: SchemaTable): Annotation[] {
  const id = qualified(table.name);
  const columns = new Set(table.columns.map((c) => `${id}.${c.name}`));
  return annotations
    .filter((a) => a.target === id || columns.has(a.target))
    .sort(
      (a, b) =>
        Number(b.target === id) - Number(a.target === id) ||
        a.target.localeCompare(b.target) ||
        a.createdAt.localeCompare(b.createdAt),
    );
}

/**
 * "Notes" of the schema viewer's table detail: annotations on the table and its columns, with
 * add (on the table or a column), edit and delete. The connection's annotations are loaded once
 * and filtered per table, so moving between tables costs no request.
 */
@Component({
  selector: 'app-table-notes',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    DatePipe,
    ReactiveFormsModule,
    AlertComponent,
    ErrorStateComponent,
    LoadingStateComponent,
  ],
  host: { class: 'block' },
  template: `
    <section aria-labelledby="notes-title" data-testid="notes">
      <h3 id="notes-title" class="text-sm font-semibold text-fg">Notes ({{ notes().length }})</h3>
      @if (list.loading() && !list.value()) {
        <app-loading-state message="Loading notes…" [compact]="true" />
      } @else if (list.error() && !list.value()) {
        <app-error-state
          class="mt-2 block"
          title="Notes could not be loaded"
          [message]="list.error()!"
          (retry)="load()"
        />
      } @else {
        @if (notes().length) {
          <ul class="mt-2 divide-y divide-border text-sm">
            @for (n of notes(); track n.id) {
              <li class="py-3" [attr.data-note]="n.target">
                <p class="flex flex-wrap items-center gap-2 text-xs text-muted">
                  <span
                    class="rounded-full border border-border bg-surface-muted px-2 py-0.5 font-mono text-fg"
                    >{{ targetLabel(n.target) }}</span
                  >
                  <span>{{ n.updatedAt | date: 'medium' }}</span>
                </p>
                @if (editingId() === n.id) {
                  <form
                    class="mt-2 space-y-2"
                    [formGroup]="editForm"
                    (ngSubmit)="saveEdit(n)"
                    novalidate
                    (keydown.escape)="cancelEdit()"
                  >
                    <label [attr.for]="'note-edit-' + n.id" class="sr-only">Note</label>
                    <textarea
                      [id]="'note-edit-' + n.id"
                      class="input text-sm"
                      rows="3"
                      formControlName="body"
                      [attr.maxlength]="max"
                      [attr.aria-invalid]="editErrors.show('body')"
                      [attr.aria-describedby]="editErrors.show('body') ? 'note-edit-error' : null"
                    ></textarea>
                    @if (editErrors.show('body')) {
                      <p id="note-edit-error" class="field-error">
                        {{ editErrors.message('body') }}
                      </p>
                    }
                    <div class="flex gap-2">
                      <button
                        type="submit"
                        class="btn btn-primary btn-sm"
                        [disabled]="busy() === n.id"
                      >
                        {{ busy() === n.id ? 'Saving…' : 'Save note' }}
                      </button>
                      <button type="button" class="btn btn-ghost btn-sm" (click)="cancelEdit()">
                        Cancel
                      </button>
                    </div>
                  </form>
                } @else {
                  <p class="mt-1 whitespace-pre-line break-words text-fg">{{ n.body }}</p>
                  @if (canWrite()) {
                    <div class="mt-1 flex gap-2">
                      <button
                        type="button"
                        class="btn btn-ghost btn-sm !px-2"
                        (click)="startEdit(n)"
                        [attr.aria-label]="'Edit the note on ' + targetLabel(n.target)"
                      >
                        Edit
                      </button>
                      <button
                        type="button"
                        class="btn btn-ghost btn-sm !px-2 text-danger"
                        [disabled]="busy() === n.id"
                        (click)="remove(n)"
                        [attr.aria-label]="'Delete the note on ' + targetLabel(n.target)"
                      >
                        Delete
                      </button>
                    </div>
                  }
                }
              </li>
            }
          </ul>
        } @else {
          <p class="mt-2 text-sm text-muted">No notes on this table or its columns yet.</p>
        }

        @if (canWrite()) {
          <form
            class="mt-3 grid gap-3 rounded-control border border-border bg-surface-muted/40 p-3 md:grid-cols-[14rem_minmax(0,1fr)]"
            [formGroup]="addForm"
            (ngSubmit)="add()"
            novalidate
            aria-label="Add a note"
          >
            @if (addError(); as e) {
              <app-alert class="md:col-span-2" tone="error" title="The note was not added">{{
                e
              }}</app-alert>
            }
            <div>
              <label for="note-target" class="field-label">Applies to</label>
              <select
                id="note-target"
                class="input"
                formControlName="target"
                [attr.aria-invalid]="addErrors.show('target')"
                [attr.aria-describedby]="addErrors.describedBy('target')"
              >
                <option [value]="tableId()">The table</option>
                @for (c of table().columns; track c.name) {
                  <option [value]="tableId() + '.' + c.name">Column {{ c.name }}</option>
                }
              </select>
              @if (addErrors.show('target')) {
                <p id="target-error" class="field-error">{{ addErrors.message('target') }}</p>
              }
            </div>
            <div>
              <label for="note-body" class="field-label">Note</label>
              <textarea
                id="note-body"
                class="input text-sm"
                rows="2"
                formControlName="body"
                [attr.maxlength]="max"
                placeholder="What should others know? e.g. “Soft-deleted rows keep status = blocked.”"
                [attr.aria-invalid]="addErrors.show('body')"
                [attr.aria-describedby]="addErrors.describedBy('body')"
              ></textarea>
              @if (addErrors.show('body')) {
                <p id="body-error" class="field-error">{{ addErrors.message('body') }}</p>
              }
            </div>
            <div class="md:col-span-2">
              <button type="submit" class="btn btn-secondary btn-sm" [disabled]="busy() === 'add'">
                {{ busy() === 'add' ? 'Adding…' : 'Add note' }}
              </button>
            </div>
          </form>
        }
      }
    </section>
  `,
})
export class TableNotesComponent {
  private readonly service = inject(SchemaNotesService);
  private readonly projects = inject(ProjectsService);
  private readonly auth = inject(AuthService);
  private readonly confirm = inject(ConfirmService);
  private readonly toasts = inject(ToastService);
  private readonly host = inject(ElementRef);
  private readonly injector = inject(Injector);

  readonly projectId = input.required<string>();
  readonly connectionId = input.required<string>();
  readonly table = input.required<SchemaTable>();

  protected readonly max = NOTE_MAX_LENGTH;
  readonly list = new Loader<Annotation[]>(inject(DestroyRef));
  readonly tableId = computed(() => qualified(this.table().name));
  readonly notes = computed(() => notesOfTable(this.list.value() ?? [], this.table()));
  protected readonly canWrite = computed(() =>
    hasPermission(
      projectPermissionOf(this.projects.known()[this.projectId()], this.auth.user()?.id),
      'write',
    ),
  );
  protected readonly busy = signal<string | null>(null);
  readonly editingId = signal<string | null>(null);
  protected readonly addError = signal<string | null>(null);
  private readonly addSubmitted = signal(false);
  private readonly editSubmitted = signal(false);

  private readonly fb = inject(FormBuilder).nonNullable;
  readonly addForm = this.fb.group({
    target: [''],
    body: ['', [Validators.required, Validators.maxLength(NOTE_MAX_LENGTH), notBlank]],
  });
  readonly editForm = this.fb.group({
    body: ['', [Validators.required, Validators.maxLength(NOTE_MAX_LENGTH), notBlank]],
  });
  protected readonly addErrors = new FormErrors(this.addForm, this.addSubmitted, FIELD_LABELS);
  protected readonly editErrors = new FormErrors(this.editForm, this.editSubmitted, FIELD_LABELS);

  constructor() {
    effect(() => {
      this.projectId();
      this.connectionId();
      untracked(() => this.load(false));
    });
    // Another table: a fresh form that targets it.
    effect(() => {
      const id = this.tableId();
      untracked(() => {
        this.addForm.reset({ target: id, body: '' });
        this.addSubmitted.set(false);
        this.addError.set(null);
        this.editingId.set(null);
      });
    });
  }

  load(keep = true): void {
    this.list.load(this.service.annotations(this.projectId(), this.connectionId()), { keep });
  }

  protected targetLabel(target: string): string {
    const id = this.tableId();
    return target === id
      ? 'table'
      : target.startsWith(`${id}.`)
        ? target.slice(id.length + 1)
        : target;
  }

  async add(): Promise<void> {
    this.addSubmitted.set(true);
    this.addError.set(null);
    if (this.addForm.invalid) {
      this.addForm.markAllAsTouched();
      return;
    }
    const { target, body } = this.addForm.getRawValue();
    this.busy.set('add');
    try {
      const created = await firstValueFrom(
        this.service.annotate(
          this.projectId(),
          this.connectionId(),
          target || this.tableId(),
          body.trim(),
        ),
      );
      this.list.value.update((list) => [...(list ?? []), created]);
      this.addForm.reset({ target: this.tableId(), body: '' });
      this.addSubmitted.set(false);
      this.toasts.success('Note added.');
    } catch (e) {
      const error = toApiError(e);
      const unmatched = applyServerErrors(this.addForm, error);
      this.addError.set(
        [
          error.message,
          ...(error.fieldErrors.length > unmatched.length ? ['See the marked fields.'] : []),
          ...unmatched,
        ].join('\n'),
      );
    } finally {
      this.busy.set(null);
    }
  }

  startEdit(note: Annotation): void {
    this.editingId.set(note.id);
    this.editForm.reset({ body: note.body });
    this.editSubmitted.set(false);
    afterNextRender(
      () =>
        (this.host.nativeElement as HTMLElement)
          .querySelector<HTMLElement>(`[id="note-edit-${note.id}"]`)
          ?.focus(),
      { injector: this.injector },
    );
  }

  cancelEdit(): void {
    this.editingId.set(null);
  }

  async saveEdit(note: Annotation): Promise<void> {
    this.editSubmitted.set(true);
    if (this.editForm.invalid) {
      this.editForm.markAllAsTouched();
      return;
    }
    this.busy.set(note.id);
    try {
      const saved = await firstValueFrom(
        this.service.editAnnotation(
          this.projectId(),
          note.id,
          this.editForm.getRawValue().body.trim(),
        ),
      );
      this.list.value.update((list) => (list ?? []).map((a) => (a.id === saved.id ? saved : a)));
      this.editingId.set(null);
      this.toasts.success('Note saved.');
    } catch (e) {
      const error = toApiError(e);
      const unmatched = applyServerErrors(this.editForm, error);
      if (unmatched.length || !error.fieldErrors.length)
        this.toasts.error([error.message, ...unmatched].join('\n'), 'The note was not saved');
    } finally {
      this.busy.set(null);
    }
  }

  async remove(note: Annotation): Promise<void> {
    const ok = await this.confirm.ask({
      title: 'Delete this note?',
      message: `The note on ${this.targetLabel(note.target)} is deleted for everyone in the project.`,
      confirmText: 'Delete note',
      tone: 'danger',
    });
    if (!ok) return;
    this.busy.set(note.id);
    try {
      await firstValueFrom(this.service.deleteAnnotation(this.projectId(), note.id));
      this.list.value.update((list) => (list ?? []).filter((a) => a.id !== note.id));
      this.toasts.success('Note deleted.');
    } catch (e) {
      this.toasts.error(toApiError(e).message, 'The note was not deleted');
    } finally {
      this.busy.set(null);
    }
  }
}
