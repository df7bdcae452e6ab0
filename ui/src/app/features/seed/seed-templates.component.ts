import { DatePipe } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  Injector,
  afterNextRender,
  effect,
  inject,
  input,
  output,
  signal,
  untracked,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import {
  AbstractControl,
  FormArray,
  FormControl,
  FormGroup,
  ReactiveFormsModule,
  ValidationErrors,
  Validators,
} from '@angular/forms';
import { firstValueFrom, merge } from 'rxjs';
import {
  ConnectionView,
  Job,
  QaTemplate,
  QaTemplateDraft,
  QaTemplateRun,
  SeedMode,
  SeedSpec,
  TemplateParameter,
} from '../../core/models';
import { ConfirmService } from '../../core/services/confirm.service';
import { SeedService } from '../../core/services/seed.service';
import { ToastService } from '../../core/services/toast.service';
import { toApiError } from '../../core/utils/api-error';
import { AlertComponent } from '../../shared/components/alert/alert.component';
import { IconComponent } from '../../shared/components/icon/icon.component';
import { JobCardComponent } from '../../shared/components/job-card/job-card.component';
import { EmptyStateComponent } from '../../shared/components/states/empty-state.component';
import { ErrorStateComponent } from '../../shared/components/states/error-state.component';
import { LoadingStateComponent } from '../../shared/components/states/loading-state.component';
import { Loader } from '../../shared/data/loader';
import { applyServerErrors, notBlank } from '../../shared/forms/form-errors';
import { ProjectJobsStore } from '../dashboard/project-jobs.store';
import { describeControlError } from './seed-form';
import {
  NumberSlot,
  PARAMETER_NAME,
  parameterize,
  parseJson,
  parseObject,
  placeholdersOf,
  prettyJson,
} from './seed-utils';

/** "Save as template" from the studio: its spec and the numbers that may become parameters. */
export interface TemplateStart {
  spec: SeedSpec;
  slots: NumberSlot[];
  /** Distinguishes two starts with the same spec. */
  nonce: number;
}

export const TEMPLATE_NAME_MAX = 120;

const NEW_SPEC = {
  connectionId: '',
  seed: '${seed}',
  tables: [{ table: 'public.customers', rows: '${customers}' }],
};

const jsonObject = (control: AbstractControl): ValidationErrors | null => {
  const parsed = parseObject(String(control.value ?? ''));
  return 'error' in parsed ? { json: parsed.error } : null;
};

type ParameterForm = FormGroup<{
  name: FormControl<string>;
  description: FormControl<string>;
  defaultValue: FormControl<string>;
}>;

function parameterGroup(p: Partial<TemplateParameter> = {}): ParameterForm {
  return new FormGroup({
    name: new FormControl(p.name ?? '', {
      nonNullable: true,
      validators: [Validators.required, Validators.pattern(PARAMETER_NAME)],
    }),
    description: new FormControl(p.description ?? '', { nonNullable: true }),
    defaultValue: new FormControl(p.defaultValue ?? '', { nonNullable: true }),
  });
}

function buildEditor() {
  return new FormGroup({
    name: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, notBlank, Validators.maxLength(TEMPLATE_NAME_MAX)],
    }),
    description: new FormControl('', { nonNullable: true }),
    parameters: new FormArray<ParameterForm>([]),
    /** Names for the studio's numbers (one per slot; blank = keep the number). */
    slots: new FormArray<FormControl<string>>([]),
    spec: new FormControl('', { nonNullable: true, validators: [Validators.required, jsonObject] }),
  });
}

type RunForm = FormGroup<{
  values: FormGroup<Record<string, FormControl<string>>>;
  connectionId: FormControl<string>;
  mode: FormControl<'' | SeedMode>;
  seed: FormControl<number | null>;
}>;

/**
 * QA templates: named, versioned seed specs with `${parameters}`. Create one from the studio
 * ("Save as template": chosen numbers become parameters) or as JSON, edit (the version goes up),
 * delete, load into the studio, and run with parameter values as a job followed live.
 */
@Component({
  selector: 'app-seed-templates',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    DatePipe,
    ReactiveFormsModule,
    AlertComponent,
    IconComponent,
    JobCardComponent,
    EmptyStateComponent,
    ErrorStateComponent,
    LoadingStateComponent,
  ],
  host: { class: 'block' },
  template: `
    @if (editing(); as mode) {
      <section
        class="card mt-6 p-6"
        aria-labelledby="tpl-editor-title"
        data-testid="template-editor"
      >
        <h2 id="tpl-editor-title" class="section-title">
          {{ mode === 'new' ? 'New template' : 'Edit ' + mode.name }}
        </h2>
        <p class="mt-1 text-sm text-muted">
          A seed spec whose values may be
          <code class="font-mono">{{ '\${name}' }}</code> placeholders, filled from the parameters
          when the template runs.
          @if (mode !== 'new') {
            Saving raises the version (now v{{ mode.version }}).
          }
        </p>
        @if (editorError(); as e) {
          <app-alert tone="error" class="mt-4 block" title="The template was not saved">{{
            e
          }}</app-alert>
        }
        <form [formGroup]="editor" (ngSubmit)="save()" novalidate class="mt-4 space-y-5">
          <div class="grid gap-4 md:grid-cols-2">
            <div>
              @let nErr = err(editor.controls.name, 'Name');
              <label for="tpl-name" class="field-label">Name</label>
              <input
                id="tpl-name"
                type="text"
                class="input"
                formControlName="name"
                autocomplete="off"
                [attr.maxlength]="nameMax"
                [attr.aria-invalid]="!!nErr"
                [attr.aria-describedby]="nErr ? 'tpl-name-error' : null"
              />
              @if (nErr) {
                <p id="tpl-name-error" class="field-error">{{ nErr }}</p>
              }
            </div>
            <div>
              <label for="tpl-description" class="field-label">Description (optional)</label>
              <input
                id="tpl-description"
                type="text"
                class="input"
                formControlName="description"
                autocomplete="off"
              />
            </div>
          </div>

          @if (slots().length) {
            <fieldset data-testid="template-slots">
              <legend class="field-label">Numbers that may become parameters</legend>
              <p id="tpl-slots-hint" class="field-hint">
                Name a number to turn it into a
                <code class="font-mono">{{ '\${name}' }}</code> parameter (its value becomes the
                default) when you save; leave it blank to keep it fixed.
              </p>
              <ul class="mt-2 grid gap-2 md:grid-cols-2">
                @for (slot of slots(); track slot.key; let k = $index) {
                  @let sErr = err(editor.controls.slots.at(k), 'Parameter name');
                  <li class="grid grid-cols-[minmax(0,1fr)_12rem] items-center gap-2">
                    <label [for]="'tpl-slot-' + k" class="text-sm text-fg">
                      {{ slot.label }}
                      <span class="font-mono text-xs text-muted">= {{ slot.value }}</span>
                    </label>
                    <input
                      [id]="'tpl-slot-' + k"
                      type="text"
                      class="input font-mono"
                      [formControl]="editor.controls.slots.at(k)"
                      [placeholder]="slot.suggestion"
                      autocomplete="off"
                      aria-describedby="tpl-slots-hint"
                      [attr.aria-invalid]="!!sErr"
                    />
                    @if (sErr) {
                      <p class="field-error col-span-2">{{ sErr }}</p>
                    }
                  </li>
                }
              </ul>
            </fieldset>
          }

          <fieldset>
            <legend class="field-label">Parameters</legend>
            <ul class="space-y-2" data-testid="template-parameters">
              @for (p of editor.controls.parameters.controls; track p; let k = $index) {
                @let pnErr = err(p.controls.name, 'Parameter name');
                <li
                  class="grid gap-2 md:grid-cols-[12rem_minmax(0,1fr)_10rem_auto]"
                  [formGroup]="p"
                >
                  <div>
                    <label [for]="'tpl-p' + k + '-name'" class="sr-only"
                      >Name of parameter {{ k + 1 }}</label
                    >
                    <input
                      [id]="'tpl-p' + k + '-name'"
                      type="text"
                      class="input font-mono"
                      formControlName="name"
                      placeholder="name"
                      autocomplete="off"
                      [attr.aria-invalid]="!!pnErr"
                      [attr.aria-describedby]="pnErr ? 'tpl-p' + k + '-name-error' : null"
                    />
                    @if (pnErr) {
                      <p [id]="'tpl-p' + k + '-name-error'" class="field-error">{{ pnErr }}</p>
                    }
                  </div>
                  <div>
                    <label [for]="'tpl-p' + k + '-description'" class="sr-only"
                      >Description of parameter {{ k + 1 }}</label
                    >
                    <input
                      [id]="'tpl-p' + k + '-description'"
                      type="text"
                      class="input"
                      formControlName="description"
                      placeholder="description"
                      autocomplete="off"
                    />
                  </div>
                  <div>
                    <label [for]="'tpl-p' + k + '-default'" class="sr-only"
                      >Default of parameter {{ k + 1 }}</label
                    >
                    <input
                      [id]="'tpl-p' + k + '-default'"
                      type="text"
                      class="input font-mono"
                      formControlName="defaultValue"
                      placeholder="default"
                      autocomplete="off"
                    />
                  </div>
                  <button
                    type="button"
                    class="btn btn-ghost btn-sm text-danger"
                    (click)="removeParameter(k)"
                    [attr.aria-label]="'Remove parameter ' + (k + 1)"
                  >
                    <app-icon name="trash" [size]="14" />
                  </button>
                </li>
              }
            </ul>
            @let psErr = err(editor.controls.parameters, 'Parameters');
            @if (psErr) {
              <p class="field-error" data-testid="parameters-error">{{ psErr }}</p>
            }
            <button type="button" class="btn btn-ghost btn-sm mt-2" (click)="addParameter()">
              <app-icon name="plus" [size]="14" /> Add parameter
            </button>
          </fieldset>

          <div>
            @let spErr = err(editor.controls.spec, 'Spec');
            <label for="tpl-spec" class="field-label">Seed spec (JSON)</label>
            <textarea
              id="tpl-spec"
              class="input font-mono text-xs"
              rows="14"
              formControlName="spec"
              spellcheck="false"
              [attr.aria-invalid]="!!spErr"
              [attr.aria-describedby]="spErr ? 'tpl-spec-error tpl-spec-hint' : 'tpl-spec-hint'"
            ></textarea>
            <p id="tpl-spec-hint" class="field-hint">
              As sent to Plan: connectionId, tables or entity, seed, locale, mode, verify.
            </p>
            @if (spErr) {
              <p id="tpl-spec-error" class="field-error">{{ spErr }}</p>
            }
          </div>

          <div class="flex flex-wrap gap-3">
            <button type="submit" class="btn btn-primary" [disabled]="saving()">
              {{ saving() ? 'Saving…' : mode === 'new' ? 'Create template' : 'Save template' }}
            </button>
            <button type="button" class="btn btn-ghost" (click)="closeEditor()">Cancel</button>
          </div>
        </form>
      </section>
    }

    <section class="card mt-6 p-6" aria-labelledby="tpl-list-title" data-testid="templates">
      <div class="flex flex-wrap items-center justify-between gap-3">
        <div>
          <h2 id="tpl-list-title" class="section-title">QA templates</h2>
          <p class="mt-1 text-sm text-muted">
            Named, versioned seeds with parameters, to run again at will.
          </p>
        </div>
        <div class="flex gap-2">
          <button
            type="button"
            class="btn btn-secondary btn-sm"
            (click)="load()"
            [disabled]="list.loading()"
          >
            <app-icon name="refresh" [size]="16" /> Refresh
          </button>
          @if (canWrite() && !editing()) {
            <button type="button" class="btn btn-primary btn-sm" (click)="startNew()">
              <app-icon name="plus" [size]="16" /> New template
            </button>
          }
        </div>
      </div>

      <div class="mt-4">
        @if (list.loading() && !list.value()) {
          <app-loading-state message="Loading templates…" />
        } @else if (list.error() && !list.value()) {
          <app-error-state
            title="Templates could not be loaded"
            [message]="list.error()!"
            (retry)="load()"
          />
        } @else if (list.value(); as templates) {
          @if (!templates.length) {
            <app-empty-state
              title="No templates yet"
              message="Set up a seed in the studio and choose “Save as template”, or write one as JSON."
            />
          } @else {
            <ul class="divide-y divide-border">
              @for (t of templates; track t.id) {
                <li class="py-4 first:pt-0 last:pb-0" [attr.data-template]="t.name">
                  <div class="flex flex-wrap items-start justify-between gap-3">
                    <div class="min-w-0 flex-1">
                      <p class="flex flex-wrap items-center gap-2">
                        <span class="font-semibold text-fg">{{ t.name }}</span>
                        <span
                          class="rounded-full border border-border bg-surface-muted px-2 py-0.5 text-xs font-semibold text-fg"
                          data-testid="template-version"
                          >v{{ t.version }}</span
                        >
                      </p>
                      @if (t.description) {
                        <p class="mt-1 text-sm text-muted">{{ t.description }}</p>
                      }
                      <p class="mt-1 flex flex-wrap gap-1 text-xs">
                        @for (p of t.parameters; track p.name) {
                          <span
                            class="rounded bg-primary-soft px-1.5 py-0.5 font-mono text-primary"
                            [title]="p.description ?? ''"
                          >
                            {{ p.name
                            }}{{
                              p.defaultValue !== null && p.defaultValue !== undefined
                                ? ' = ' + p.defaultValue
                                : ''
                            }}
                          </span>
                        } @empty {
                          <span class="text-muted">No parameters</span>
                        }
                      </p>
                      <p class="mt-1 text-xs text-muted">
                        Updated {{ t.updatedAt | date: 'medium' }}
                      </p>
                    </div>
                    <div class="flex flex-wrap items-center gap-2">
                      @if (canWrite()) {
                        <button
                          type="button"
                          class="btn btn-primary btn-sm"
                          (click)="openRun(t)"
                          [attr.aria-expanded]="runFor() === t.id"
                          [attr.aria-label]="'Run ' + t.name"
                        >
                          <app-icon name="play" [size]="14" /> Run…
                        </button>
                      }
                      <button
                        type="button"
                        class="btn btn-secondary btn-sm"
                        (click)="openInStudioFrom(t)"
                        [attr.aria-label]="'Open ' + t.name + ' in the studio'"
                      >
                        Open in studio
                      </button>
                      @if (canWrite()) {
                        <button
                          type="button"
                          class="btn btn-ghost btn-sm"
                          (click)="startEdit(t)"
                          [attr.aria-label]="'Edit ' + t.name"
                        >
                          Edit
                        </button>
                        <button
                          type="button"
                          class="btn btn-ghost btn-sm text-danger"
                          (click)="remove(t)"
                          [disabled]="busy() === t.id"
                          [attr.aria-label]="'Delete ' + t.name"
                        >
                          <app-icon name="trash" [size]="14" /> Delete
                        </button>
                      }
                    </div>
                  </div>

                  @if (runFor() === t.id && runForm(); as rf) {
                    <form
                      [formGroup]="rf"
                      (ngSubmit)="run(t)"
                      novalidate
                      class="mt-4 rounded-control border border-border bg-surface-muted/40 p-4"
                      [attr.aria-label]="'Run ' + t.name"
                      data-testid="template-run-form"
                    >
                      @if (runError(); as e) {
                        <app-alert
                          tone="error"
                          class="mb-3 block"
                          title="The template did not run"
                          >{{ e }}</app-alert
                        >
                      }
                      <div class="grid gap-3 md:grid-cols-3" [formGroup]="rf.controls.values">
                        @for (p of t.parameters; track p.name) {
                          @let vErr = err(rf.controls.values.controls[p.name], p.name);
                          @let pid = 'tpl-run-p-' + p.name;
                          <div>
                            <label [for]="pid" class="field-label font-mono">{{ p.name }}</label>
                            <input
                              [id]="pid"
                              type="text"
                              class="input font-mono"
                              [formControlName]="p.name"
                              autocomplete="off"
                              [attr.aria-invalid]="!!vErr"
                              [attr.aria-describedby]="
                                (vErr ? pid + '-error ' : '') +
                                  (p.description ? pid + '-hint' : '') || null
                              "
                            />
                            @if (p.description) {
                              <p [id]="pid + '-hint'" class="field-hint">{{ p.description }}</p>
                            }
                            @if (vErr) {
                              <p [id]="pid + '-error'" class="field-error">{{ vErr }}</p>
                            }
                          </div>
                        }
                      </div>
                      <div class="mt-3 grid gap-3 md:grid-cols-3">
                        <div>
                          <label for="tpl-run-connection" class="field-label">Connection</label>
                          <select
                            id="tpl-run-connection"
                            class="input"
                            formControlName="connectionId"
                          >
                            <option value="">As in the template</option>
                            @for (c of connections(); track c.id) {
                              <option [value]="c.id">{{ c.name }} ({{ c.environment }})</option>
                            }
                          </select>
                        </div>
                        <div>
                          <label for="tpl-run-mode" class="field-label">Mode</label>
                          <select id="tpl-run-mode" class="input" formControlName="mode">
                            <option value="">
                              As in the template{{
                                templateMode(t) ? ' (' + templateMode(t) + ')' : ''
                              }}
                            </option>
                            <option value="append">Append</option>
                            <option value="truncate">Truncate</option>
                          </select>
                        </div>
                        <div>
                          @let seErr = err(rf.controls.seed, 'Seed');
                          <label for="tpl-run-seed" class="field-label">Seed (optional)</label>
                          <input
                            id="tpl-run-seed"
                            type="number"
                            class="input font-mono"
                            formControlName="seed"
                            step="1"
                            [attr.aria-invalid]="!!seErr"
                          />
                          @if (seErr) {
                            <p class="field-error">{{ seErr }}</p>
                          }
                        </div>
                      </div>
                      <div class="mt-3 flex gap-3">
                        <button
                          type="submit"
                          class="btn btn-primary btn-sm"
                          [disabled]="busy() === 'run:' + t.id"
                        >
                          {{ busy() === 'run:' + t.id ? 'Starting…' : 'Run template' }}
                        </button>
                        <button type="button" class="btn btn-ghost btn-sm" (click)="closeRun()">
                          Cancel
                        </button>
                      </div>
                    </form>
                  }

                  @if (runJob(t); as job) {
                    <div
                      class="mt-3 rounded-control border border-border bg-surface-muted/50 p-4"
                      data-testid="template-job"
                      aria-live="polite"
                    >
                      <app-job-card
                        [job]="job"
                        [cancelling]="jobs.cancelling().has(job.id)"
                        [streamError]="jobs.streamErrors()[job.id] ?? null"
                        (cancel)="cancelJob($event)"
                      />
                    </div>
                  }
                </li>
              }
            </ul>
          }
        }
      </div>
      @if (!canWrite()) {
        <p class="mt-4 text-sm text-muted">
          You have read access: creating and running templates needs the write permission.
        </p>
      }
    </section>
  `,
})
export class SeedTemplatesComponent {
  private readonly seeds = inject(SeedService);
  private readonly confirm = inject(ConfirmService);
  private readonly toasts = inject(ToastService);
  private readonly injector = inject(Injector);
  private readonly host = inject(ElementRef<HTMLElement>);
  private readonly destroyRef = inject(DestroyRef);
  protected readonly jobs = inject(ProjectJobsStore);

  readonly projectId = input.required<string>();
  readonly active = input(false);
  readonly connections = input<ConnectionView[]>([]);
  /** The studio's connection: a template made without one uses it. */
  readonly defaultConnectionId = input<string>('');
  readonly canWrite = input(false);
  /** "Save as template" from the studio. */
  readonly start = input<TemplateStart | null>(null);
  readonly openInStudio = output<SeedSpec>();

  protected readonly nameMax = TEMPLATE_NAME_MAX;
  protected readonly list = new Loader<QaTemplate[]>(this.destroyRef);
  protected readonly busy = signal<string | null>(null);

  // ---- editor
  readonly editing = signal<QaTemplate | 'new' | null>(null);
  protected readonly slots = signal<NumberSlot[]>([]);
  readonly editor = buildEditor();
  protected readonly saving = signal(false);
  protected readonly editorError = signal<string | null>(null);
  private readonly submitted = signal(false);
  private readonly version = signal(0);

  // ---- run
  readonly runFor = signal<string | null>(null);
  readonly runForm = signal<RunForm | null>(null);
  protected readonly runError = signal<string | null>(null);
  private readonly runSubmitted = signal(false);
  private readonly runJobs = signal<Readonly<Record<string, string>>>({});

  constructor() {
    let loaded: string | null = null;
    effect(() => {
      const projectId = this.projectId();
      const active = this.active();
      untracked(() => {
        if (!active || loaded === projectId) return;
        loaded = projectId;
        this.load();
      });
    });
    effect(() => {
      const start = this.start();
      if (start) untracked(() => this.startFromStudio(start));
    });
    merge(this.editor.valueChanges, this.editor.statusChanges)
      .pipe(takeUntilDestroyed())
      .subscribe(() => this.version.update((n) => n + 1));
  }

  load(): void {
    this.list.load(this.seeds.templates(this.projectId()), { keep: true });
  }

  protected err(control: AbstractControl | null | undefined, label: string): string | null {
    this.version();
    this.runSubmitted();
    if (!control || !control.invalid || !control.errors) return null;
    if (!(control.touched || this.submitted() || this.runSubmitted())) return null;
    return describeControlError(control.errors, label);
  }

  // ---- editor

  startNew(): void {
    const spec = { ...NEW_SPEC, connectionId: this.defaultConnectionId() };
    this.openEditor('new', { spec: JSON.stringify(spec, null, 2) });
  }

  startEdit(t: QaTemplate): void {
    this.openEditor(t, {
      name: t.name,
      description: t.description ?? '',
      parameters: t.parameters,
      spec: prettyJson(t.spec),
    });
  }

  private startFromStudio(start: TemplateStart): void {
    this.openEditor('new', { spec: JSON.stringify(start.spec, null, 2), slots: start.slots });
  }

  private openEditor(
    mode: QaTemplate | 'new',
    value: {
      name?: string;
      description?: string;
      parameters?: TemplateParameter[];
      spec: string;
      slots?: NumberSlot[];
    },
  ): void {
    const e = this.editor.controls;
    e.parameters.clear({ emitEvent: false });
    for (const p of value.parameters ?? [])
      e.parameters.push(parameterGroup(p), { emitEvent: false });
    e.slots.clear({ emitEvent: false });
    for (const _ of value.slots ?? [])
      e.slots.push(
        new FormControl('', {
          nonNullable: true,
          validators: [Validators.pattern(PARAMETER_NAME)],
        }),
        { emitEvent: false },
      );
    this.editor.reset(
      {
        name: value.name ?? '',
        description: value.description ?? '',
        spec: value.spec,
      },
      { emitEvent: false },
    );
    this.slots.set(value.slots ?? []);
    this.submitted.set(false);
    this.editorError.set(null);
    this.editing.set(mode);
    this.version.update((n) => n + 1);
    afterNextRender(
      () =>
        (this.host.nativeElement as HTMLElement).querySelector<HTMLElement>('#tpl-name')?.focus(),
      { injector: this.injector },
    );
  }

  closeEditor(): void {
    this.editing.set(null);
    this.slots.set([]);
  }

  addParameter(): void {
    this.editor.controls.parameters.push(parameterGroup());
    const k = this.editor.controls.parameters.length - 1;
    afterNextRender(
      () =>
        (this.host.nativeElement as HTMLElement)
          .querySelector<HTMLElement>(`#tpl-p${k}-name`)
          ?.focus(),
      { injector: this.injector },
    );
  }

  removeParameter(index: number): void {
    this.editor.controls.parameters.removeAt(index);
  }

  /** The draft to send: named studio numbers become `${name}` parameters. */
  draft(): QaTemplateDraft | null {
    const e = this.editor.controls;
    const parsed = parseObject(e.spec.value);
    if ('error' in parsed) return null;
    const declared: TemplateParameter[] = e.parameters.controls.map((p) => ({
      name: p.controls.name.value.trim(),
      description: p.controls.description.value.trim() || null,
      defaultValue: p.controls.defaultValue.value === '' ? null : p.controls.defaultValue.value,
    }));
    const named = this.slots()
      .map((slot, k) => ({ slot, name: e.slots.at(k)?.value.trim() ?? '' }))
      .filter((n) => n.name);
    const { spec, parameters } = parameterize(parsed.value, named, declared);
    return {
      name: e.name.value.trim(),
      description: e.description.value.trim() || null,
      parameters,
      spec,
    };
  }

  async save(): Promise<void> {
    this.submitted.set(true);
    this.editorError.set(null);
    const mode = this.editing();
    if (!mode) return;
    // The undeclared-parameter check below is not a validator: the next attempt checks again.
    this.editor.controls.spec.updateValueAndValidity();
    if (this.editor.invalid) {
      this.editor.markAllAsTouched();
      this.version.update((n) => n + 1);
      return;
    }
    const draft = this.draft();
    if (!draft) return;
    const undeclared = placeholdersOf(JSON.stringify(draft.spec)).filter(
      (name) => !draft.parameters.some((p) => p.name === name),
    );
    if (undeclared.length) {
      this.editor.controls.spec.setErrors({
        json: `Declare the parameters the spec uses: ${undeclared.join(', ')}.`,
      });
      this.version.update((n) => n + 1);
      return;
    }
    this.saving.set(true);
    try {
      const saved = await firstValueFrom(
        mode === 'new'
          ? this.seeds.createTemplate(this.projectId(), draft)
          : this.seeds.updateTemplate(this.projectId(), mode.id, draft),
      );
      this.toasts.success(
        mode === 'new'
          ? `Template ${saved.name} was created.`
          : `${saved.name} is now v${saved.version}.`,
      );
      this.closeEditor();
      this.load();
    } catch (e) {
      const error = toApiError(e);
      const unmatched = applyServerErrors(this.editor, error);
      this.editorError.set(
        [
          error.message,
          ...(error.fieldErrors.length > unmatched.length ? ['See the marked fields.'] : []),
          ...unmatched,
        ].join('\n'),
      );
      this.version.update((n) => n + 1);
    } finally {
      this.saving.set(false);
    }
  }

  async remove(t: QaTemplate): Promise<void> {
    const ok = await this.confirm.ask({
      title: `Delete ${t.name}?`,
      message: 'The template is removed. Past runs stay in the history.',
      confirmText: 'Delete template',
      tone: 'danger',
    });
    if (!ok) return;
    this.busy.set(t.id);
    try {
      await firstValueFrom(this.seeds.deleteTemplate(this.projectId(), t.id));
      this.toasts.success(`${t.name} was deleted.`);
      if (this.editing() !== 'new' && (this.editing() as QaTemplate | null)?.id === t.id)
        this.closeEditor();
      if (this.runFor() === t.id) this.closeRun();
    } catch (e) {
      this.toasts.error(toApiError(e).message, 'The template was not deleted');
    } finally {
      this.busy.set(null);
      this.load();
    }
  }

  // ---- run

  protected templateMode(t: QaTemplate): string | null {
    const mode = parseJson<{ mode?: string }>(t.spec)?.mode;
    return typeof mode === 'string' ? mode : null;
  }

  openRun(t: QaTemplate): void {
    if (this.runFor() === t.id) {
      this.closeRun();
      return;
    }
    const values: Record<string, FormControl<string>> = {};
    for (const p of t.parameters)
      values[p.name] = new FormControl(p.defaultValue ?? '', { nonNullable: true });
    const form: RunForm = new FormGroup({
      values: new FormGroup(values),
      connectionId: new FormControl('', { nonNullable: true }),
      mode: new FormControl<'' | SeedMode>('', { nonNullable: true }),
      seed: new FormControl<number | null>(null, [Validators.pattern(/^-?\d+$/)]),
    });
    form.valueChanges.subscribe(() => this.version.update((n) => n + 1));
    this.runForm.set(form);
    this.runFor.set(t.id);
    this.runError.set(null);
    this.runSubmitted.set(false);
    const first = t.parameters[0]?.name;
    afterNextRender(
      () =>
        (this.host.nativeElement as HTMLElement)
          .querySelector<HTMLElement>(first ? `#tpl-run-p-${first}` : '#tpl-run-connection')
          ?.focus(),
      { injector: this.injector },
    );
  }

  closeRun(): void {
    this.runFor.set(null);
    this.runForm.set(null);
  }

  /** The run body: the values given (blank = the default), and the choices that differ. */
  runBody(t: QaTemplate, form: RunForm): QaTemplateRun {
    const parameters: Record<string, string> = {};
    for (const p of t.parameters) {
      const value = form.controls.values.controls[p.name]?.value ?? '';
      if (value.trim() !== '') parameters[p.name] = value.trim();
    }
    const body: QaTemplateRun = { parameters };
    const c = form.controls;
    if (c.connectionId.value) body.connectionId = c.connectionId.value;
    if (c.mode.value) body.mode = c.mode.value;
    if (c.seed.value !== null && String(c.seed.value) !== '') body.seed = Number(c.seed.value);
    return body;
  }

  async run(t: QaTemplate): Promise<void> {
    const form = this.runForm();
    if (!form) return;
    this.runSubmitted.set(true);
    this.runError.set(null);
    // The server's messages of the previous attempt go; the validators decide again.
    for (const control of Object.values(form.controls.values.controls))
      control.updateValueAndValidity();
    if (form.invalid) return;
    const body = this.runBody(t, form);
    const mode = body.mode ?? this.templateMode(t);
    if (mode === 'truncate') {
      const ok = await this.confirm.ask({
        title: 'Delete the existing rows?',
        message: `${t.name} runs in truncate mode: every row of the seeded tables (and of the empty tables that reference them) is deleted before seeding.`,
        confirmText: 'Delete rows and seed',
        tone: 'danger',
      });
      if (!ok) return;
    }
    this.busy.set(`run:${t.id}`);
    try {
      const job = await firstValueFrom(this.seeds.runTemplate(this.projectId(), t.id, body));
      this.runJobs.update((all) => ({ ...all, [t.id]: job.id }));
      this.jobs.track(job);
      this.closeRun();
    } catch (e) {
      const error = toApiError(e);
      const unplaced: string[] = [];
      for (const f of error.fieldErrors) {
        const name = /^parameters\.(.+)$/.exec(f.field)?.[1];
        const control = name ? form.controls.values.controls[name] : null;
        if (control) {
          control.setErrors({ server: f.message });
          control.markAsTouched();
        } else unplaced.push(f.field ? `${f.field}: ${f.message}` : f.message);
      }
      this.runError.set([error.message, ...unplaced].join('\n'));
      this.version.update((n) => n + 1);
    } finally {
      this.busy.set(null);
    }
  }

  protected runJob(t: QaTemplate): Job | null {
    const id = this.runJobs()[t.id];
    return id ? this.jobs.job(id) : null;
  }

  protected cancelJob(job: Job): void {
    void this.jobs.cancel(job);
  }

  /** Fills the template with its defaults and loads the spec into the studio. */
  async openInStudioFrom(t: QaTemplate): Promise<void> {
    try {
      const spec = await firstValueFrom(
        this.seeds.resolveTemplate(this.projectId(), t.id, { parameters: {} }),
      );
      this.openInStudio.emit(spec);
    } catch (e) {
      this.toasts.error(toApiError(e).message, `${t.name} could not be filled in`);
    }
  }
}
