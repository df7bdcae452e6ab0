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
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { AbstractControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { firstValueFrom, merge } from 'rxjs';
import {
  ConnectionView,
  ENGINE_LABELS,
  Job,
  OVERRIDE_TYPES,
  OVERRIDE_TYPE_LABELS,
  SeedPlan,
  SeedRunResult,
  SeedSpec,
  SeedTablePreview,
  SnapshotDetail,
  isTerminal,
} from '../../core/models';
import { AuthService } from '../../core/services/auth.service';
import { ConfirmService } from '../../core/services/confirm.service';
import { ConnectionsService } from '../../core/services/connections.service';
import { ProjectsService } from '../../core/services/projects.service';
import { SchemaService } from '../../core/services/schema.service';
import { PREVIEW_ROWS, SeedService } from '../../core/services/seed.service';
import { ToastService } from '../../core/services/toast.service';
import { ApiError, toApiError } from '../../core/utils/api-error';
import { hasPermission, projectPermissionOf } from '../../core/utils/roles';
import { AlertComponent } from '../../shared/components/alert/alert.component';
import { IconComponent } from '../../shared/components/icon/icon.component';
import { JobCardComponent } from '../../shared/components/job-card/job-card.component';
import { ProjectPageHeaderComponent } from '../../shared/components/page-header/project-page-header.component';
import { EmptyStateComponent } from '../../shared/components/states/empty-state.component';
import { ErrorStateComponent } from '../../shared/components/states/error-state.component';
import { LoadingStateComponent } from '../../shared/components/states/loading-state.component';
import { Loader } from '../../shared/data/loader';
import { ProjectJobsStore } from '../dashboard/project-jobs.store';
import { SeedHistoryComponent } from './seed-history.component';
import { SeedPlanComponent } from './seed-plan.component';
import { SeedPreviewComponent } from './seed-preview.component';
import { SeedResultComponent } from './seed-result.component';
import {
  LOCALES,
  OverrideForm,
  TableForm,
  buildStudioForm,
  childGroup,
  choiceGroup,
  clearServerErrors,
  describeControlError,
  loadSpec,
  overrideGroup,
  randomSeed,
  setServerError,
  tableGroup,
  toSeedSpec,
} from './seed-form';
import { SeedTemplatesComponent, TemplateStart } from './seed-templates.component';
import {
  findTable,
  numberSlots,
  parentsOf,
  parseIntegrity,
  placeProblems,
  planRequirement,
  qualifiedName,
  seedableTables,
  tabAfterKey,
} from './seed-utils';

export type SeedTab = 'studio' | 'history' | 'templates';
const TABS: readonly SeedTab[] = ['studio', 'history', 'templates'];
const TAB_LABELS: Record<SeedTab, string> = {
  studio: 'Studio',
  history: 'History',
  templates: 'Templates',
};

type Action = 'plan' | 'preview' | 'run';

/** A failed plan/preview/run shown above the results. */
interface Failure {
  title: string;
  message: string;
  /** Problems that concern no input of the form. */
  problems: string[];
  /** 402: the plan that allows the run. */
  planRequired: { plan: string | null } | null;
  /** 409: the connection has no snapshot. */
  noSnapshot: boolean;
}

/**
 * `/projects/:projectId/seed?connectionId=`: the seed studio. Pick a connection (its newest
 * snapshot gives the tables), tables with counts (absolute or per parent row) or an entity graph,
 * column overrides, seed, locale, mode and verify; then Plan (how every column is generated, the
 * insert order, foreign keys), Preview (the first rows of every table) and Run (a job followed
 * live, with its result and integrity check). The server's problems land on the inputs they
 * concern. History lists the runs (details, run again); Templates keeps parameterised seeds.
 */
@Component({
  selector: 'app-seed-studio',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [ProjectJobsStore],
  imports: [
    DatePipe,
    DecimalPipe,
    ReactiveFormsModule,
    RouterLink,
    AlertComponent,
    IconComponent,
    JobCardComponent,
    ProjectPageHeaderComponent,
    EmptyStateComponent,
    ErrorStateComponent,
    LoadingStateComponent,
    SeedHistoryComponent,
    SeedPlanComponent,
    SeedPreviewComponent,
    SeedResultComponent,
    SeedTemplatesComponent,
  ],
  template: `
    <div class="mx-auto max-w-6xl px-6 py-8 lg:px-8">
      <app-project-page-header
        [projectId]="projectId()"
        heading="Seed studio"
        description="Constraint-true test data from a schema snapshot: plan it, preview the rows, then write them in one transaction."
      />

      <div
        role="tablist"
        aria-label="Seed studio sections"
        class="mt-6 flex gap-1 border-b border-border"
      >
        @for (t of tabs; track t) {
          <button
            type="button"
            role="tab"
            [id]="'seed-tab-' + t"
            [attr.aria-selected]="tab() === t"
            [attr.aria-controls]="'seed-panel-' + t"
            [attr.tabindex]="tab() === t ? 0 : -1"
            class="-mb-px rounded-t-control border border-b-0 px-4 py-2 text-sm"
            [class]="
              tab() === t
                ? 'border-border bg-surface font-semibold text-fg'
                : 'border-transparent text-muted hover:text-fg'
            "
            (click)="selectTab(t)"
            (keydown)="onTabKey($event, t)"
          >
            {{ tabLabels[t] }}
          </button>
        }
      </div>

      <!-- ================= Studio ================= -->
      <div
        role="tabpanel"
        id="seed-panel-studio"
        aria-labelledby="seed-tab-studio"
        [hidden]="tab() !== 'studio'"
        data-testid="studio-panel"
      >
        @let connections = connectionList.value();
        @if (!connections && connectionList.loading()) {
          <app-loading-state message="Loading connections…" />
        } @else if (!connections && connectionList.error()) {
          <app-error-state
            class="mt-6 block"
            title="Connections could not be loaded"
            [message]="connectionList.error()!"
            (retry)="loadConnections()"
          />
        } @else if (connections && !connections.length) {
          <app-empty-state
            class="mt-6 block"
            title="No connections yet"
            message="Add a database connection and capture a snapshot of its schema: the studio seeds from it."
          >
            <a
              class="btn btn-primary btn-sm"
              [routerLink]="['/projects', projectId(), 'connections']"
              >Add a connection</a
            >
          </app-empty-state>
        } @else if (connections) {
          <form [formGroup]="form" (ngSubmit)="plan()" novalidate class="mt-6 space-y-6">
            <!-- target -->
            <section class="card p-6" aria-labelledby="seed-target-title">
              <h2 id="seed-target-title" class="section-title">Target database</h2>
              <div class="mt-4 grid gap-4 md:grid-cols-2">
                <div>
                  <label for="seed-connection" class="field-label">Connection</label>
                  @let connErr = err(form.controls.connectionId, 'Connection');
                  <select
                    id="seed-connection"
                    class="input"
                    formControlName="connectionId"
                    [attr.aria-invalid]="!!connErr"
                    [attr.aria-describedby]="connErr ? 'seed-connection-error' : null"
                  >
                    @if (!form.controls.connectionId.value) {
                      <option value="" disabled>Choose a connection…</option>
                    }
                    @for (c of connections; track c.id) {
                      <option [value]="c.id">
                        {{ c.name }} ({{ engineLabels[c.engine] }}, {{ c.environment }})
                      </option>
                    }
                  </select>
                  @if (connErr) {
                    <p id="seed-connection-error" class="field-error">{{ connErr }}</p>
                  }
                </div>
                <div class="text-sm" data-testid="snapshot-status">
                  @if (connection(); as c) {
                    @if (c.environment === 'production') {
                      <p
                        class="mb-2 rounded-control border border-warning/40 bg-warning-soft px-3 py-2 text-fg"
                        data-testid="production-warning"
                      >
                        <span class="font-semibold text-warning">Production.</span> A run writes
                        into this database.
                      </p>
                    }
                    @if (!c.lastSnapshot) {
                      <app-alert tone="info" title="No snapshot yet" data-testid="no-snapshot">
                        The studio picks tables from a schema snapshot.
                        <a [routerLink]="['/projects', projectId(), 'connections']"
                          >Capture a snapshot of {{ c.name }}</a
                        >
                        first.
                      </app-alert>
                    } @else if (snapshot.loading() && !snapshot.value()) {
                      <app-loading-state message="Loading the tables…" [compact]="true" />
                    } @else if (snapshot.error()) {
                      <app-error-state
                        title="The snapshot could not be loaded"
                        [message]="snapshot.error()!"
                        (retry)="loadSnapshot()"
                      />
                    } @else if (snapshot.value(); as s) {
                      <p class="text-muted">
                        Tables from the snapshot of
                        {{ s.summary.capturedAt | date: 'MMM d, y, HH:mm' }}:
                        <span class="font-semibold text-fg">{{ tables().length | number }}</span>
                        tables ·
                        <a
                          [routerLink]="['/projects', projectId(), 'schema']"
                          [queryParams]="{ connectionId: c.id, snapshotId: s.summary.id }"
                          >open schema</a
                        >
                      </p>
                    }
                  }
                </div>
              </div>
            </section>

            <datalist id="seed-tables">
              @for (name of tableNames(); track name) {
                <option [value]="name"></option>
              }
            </datalist>
            <datalist id="seed-locales">
              @for (l of locales; track l) {
                <option [value]="l"></option>
              }
            </datalist>

            <!-- what -->
            <section class="card p-6" aria-labelledby="seed-what-title">
              <h2 id="seed-what-title" class="section-title">What to seed</h2>
              <fieldset class="mt-4">
                <legend class="field-label">Strategy</legend>
                <div class="flex flex-wrap gap-6 text-sm text-fg">
                  <label class="flex items-center gap-2">
                    <input type="radio" formControlName="strategy" value="standard" />
                    Standard: tables and counts
                  </label>
                  <label class="flex items-center gap-2">
                    <input type="radio" formControlName="strategy" value="entity" />
                    Entity graphs: a root with its children
                  </label>
                </div>
              </fieldset>

              @if (strategy() === 'standard') {
                <ol class="mt-4 space-y-4" data-testid="seed-tables">
                  @for (t of form.controls.tables.controls; track t; let i = $index) {
                    @let tname = t.controls.table.value;
                    <li
                      class="rounded-control border border-border p-4"
                      [formGroup]="t"
                      [attr.data-seed-table]="i"
                      [attr.aria-label]="'Table ' + (i + 1)"
                    >
                      <div class="grid gap-4 md:grid-cols-[minmax(0,2fr)_12rem_minmax(0,3fr)]">
                        <div>
                          @let tErr = err(t.controls.table, 'Table');
                          <label [for]="'seed-t' + i + '-table'" class="field-label">Table</label>
                          <input
                            [id]="'seed-t' + i + '-table'"
                            type="text"
                            class="input font-mono"
                            formControlName="table"
                            list="seed-tables"
                            autocomplete="off"
                            placeholder="public.orders"
                            [attr.aria-invalid]="!!tErr"
                            [attr.aria-describedby]="tErr ? 'seed-t' + i + '-table-error' : null"
                          />
                          @if (tErr) {
                            <p [id]="'seed-t' + i + '-table-error'" class="field-error">
                              {{ tErr }}
                            </p>
                          }
                        </div>
                        <div>
                          <label [for]="'seed-t' + i + '-count'" class="field-label">Count</label>
                          <select
                            [id]="'seed-t' + i + '-count'"
                            class="input"
                            formControlName="count"
                          >
                            <option value="rows">Rows</option>
                            <option value="perParent">Rows per parent row</option>
                          </select>
                        </div>
                        @if (t.controls.count.value === 'rows') {
                          <div>
                            @let rErr = err(t.controls.rows, 'Rows');
                            <label [for]="'seed-t' + i + '-rows'" class="field-label">Rows</label>
                            <input
                              [id]="'seed-t' + i + '-rows'"
                              type="number"
                              class="input"
                              formControlName="rows"
                              min="1"
                              step="1"
                              [attr.aria-invalid]="!!rErr"
                              [attr.aria-describedby]="rErr ? 'seed-t' + i + '-rows-error' : null"
                            />
                            @if (rErr) {
                              <p [id]="'seed-t' + i + '-rows-error'" class="field-error">
                                {{ rErr }}
                              </p>
                            }
                          </div>
                        } @else {
                          <div
                            class="grid grid-cols-[minmax(0,2fr)_5rem_5rem] gap-3"
                            [formGroup]="t.controls.perParent"
                          >
                            @let pp = t.controls.perParent.controls;
                            @let pErr = err(pp.parent, 'Parent table');
                            @let minErr = err(pp.min, 'Min');
                            @let maxErr = err(pp.max, 'Max') ?? groupErr(t.controls.perParent);
                            <div>
                              <label [for]="'seed-t' + i + '-parent'" class="field-label"
                                >Parent table</label
                              >
                              <input
                                [id]="'seed-t' + i + '-parent'"
                                type="text"
                                class="input font-mono"
                                formControlName="parent"
                                [attr.list]="'seed-t' + i + '-parents'"
                                autocomplete="off"
                                [attr.aria-invalid]="!!pErr"
                                [attr.aria-describedby]="
                                  pErr ? 'seed-t' + i + '-parent-error' : null
                                "
                              />
                              <datalist [id]="'seed-t' + i + '-parents'">
                                @for (p of parentOptions(tname); track p) {
                                  <option [value]="p"></option>
                                }
                              </datalist>
                              @if (pErr) {
                                <p [id]="'seed-t' + i + '-parent-error'" class="field-error">
                                  {{ pErr }}
                                </p>
                              }
                            </div>
                            <div>
                              <label [for]="'seed-t' + i + '-min'" class="field-label">Min</label>
                              <input
                                [id]="'seed-t' + i + '-min'"
                                type="number"
                                class="input"
                                formControlName="min"
                                min="0"
                                step="1"
                                [attr.aria-invalid]="!!minErr"
                                [attr.aria-describedby]="
                                  minErr ? 'seed-t' + i + '-min-error' : null
                                "
                              />
                            </div>
                            <div>
                              <label [for]="'seed-t' + i + '-max'" class="field-label">Max</label>
                              <input
                                [id]="'seed-t' + i + '-max'"
                                type="number"
                                class="input"
                                formControlName="max"
                                min="1"
                                step="1"
                                [attr.aria-invalid]="!!maxErr"
                                [attr.aria-describedby]="
                                  maxErr ? 'seed-t' + i + '-max-error' : null
                                "
                              />
                            </div>
                            @if (minErr) {
                              <p [id]="'seed-t' + i + '-min-error'" class="field-error col-span-3">
                                {{ minErr }}
                              </p>
                            }
                            @if (maxErr) {
                              <p [id]="'seed-t' + i + '-max-error'" class="field-error col-span-3">
                                {{ maxErr }}
                              </p>
                            }
                          </div>
                        }
                      </div>

                      <!-- overrides -->
                      <datalist [id]="'seed-t' + i + '-columns'">
                        @for (col of columnOptions(tname); track col) {
                          <option [value]="col"></option>
                        }
                      </datalist>
                      @if (t.controls.overrides.length) {
                        <fieldset class="mt-4 space-y-3">
                          <legend class="field-label">Column overrides</legend>
                          @for (o of t.controls.overrides.controls; track o; let j = $index) {
                            @let oid = 'seed-t' + i + '-o' + j;
                            <div
                              class="rounded-control border border-border bg-surface-muted/40 p-3"
                              [formGroup]="o"
                              [attr.data-override]="j"
                            >
                              <div
                                class="grid gap-3 md:grid-cols-[minmax(0,1fr)_minmax(0,1fr)_7rem_auto]"
                              >
                                <div>
                                  @let cErr = err(o.controls.column, 'Column');
                                  <label [for]="oid + '-column'" class="field-label">Column</label>
                                  <input
                                    [id]="oid + '-column'"
                                    type="text"
                                    class="input font-mono"
                                    formControlName="column"
                                    [attr.list]="'seed-t' + i + '-columns'"
                                    autocomplete="off"
                                    [attr.aria-invalid]="!!cErr"
                                    [attr.aria-describedby]="cErr ? oid + '-column-error' : null"
                                  />
                                  @if (cErr) {
                                    <p [id]="oid + '-column-error'" class="field-error">
                                      {{ cErr }}
                                    </p>
                                  }
                                </div>
                                <div>
                                  @let tyErr = err(o.controls.type, 'Override type');
                                  <label [for]="oid + '-type'" class="field-label"
                                    >Override type</label
                                  >
                                  <select
                                    [id]="oid + '-type'"
                                    class="input"
                                    formControlName="type"
                                    [attr.aria-invalid]="!!tyErr"
                                    [attr.aria-describedby]="tyErr ? oid + '-type-error' : null"
                                  >
                                    @for (type of overrideTypes; track type) {
                                      <option [value]="type">{{ overrideLabels[type] }}</option>
                                    }
                                  </select>
                                  @if (tyErr) {
                                    <p [id]="oid + '-type-error'" class="field-error">
                                      {{ tyErr }}
                                    </p>
                                  }
                                </div>
                                <div>
                                  @let raErr = err(o.controls.ratio, 'Null ratio');
                                  <label [for]="oid + '-ratio'" class="field-label"
                                    >Null ratio</label
                                  >
                                  <input
                                    [id]="oid + '-ratio'"
                                    type="number"
                                    class="input"
                                    formControlName="ratio"
                                    min="0"
                                    max="1"
                                    step="0.05"
                                    placeholder="0–1"
                                    [attr.aria-invalid]="!!raErr"
                                    [attr.aria-describedby]="raErr ? oid + '-ratio-error' : null"
                                  />
                                  @if (raErr) {
                                    <p [id]="oid + '-ratio-error'" class="field-error">
                                      {{ raErr }}
                                    </p>
                                  }
                                </div>
                                <div class="flex items-end">
                                  <button
                                    type="button"
                                    class="btn btn-ghost btn-sm text-danger"
                                    (click)="removeOverride(t, j)"
                                    [attr.aria-label]="
                                      'Remove override ' + (j + 1) + ' of table ' + (i + 1)
                                    "
                                  >
                                    <app-icon name="trash" [size]="14" />
                                  </button>
                                </div>
                              </div>
                              @switch (o.controls.type.value) {
                                @case ('provider') {
                                  @let pvErr = err(o.controls.expression, 'Datafaker expression');
                                  <div class="mt-3">
                                    <label [for]="oid + '-expression'" class="field-label"
                                      >Datafaker expression</label
                                    >
                                    <input
                                      [id]="oid + '-expression'"
                                      type="text"
                                      class="input font-mono"
                                      formControlName="expression"
                                      placeholder="#{Name.firstName}"
                                      [attr.aria-invalid]="!!pvErr"
                                      [attr.aria-describedby]="
                                        pvErr ? oid + '-expression-error' : null
                                      "
                                    />
                                    @if (pvErr) {
                                      <p [id]="oid + '-expression-error'" class="field-error">
                                        {{ pvErr }}
                                      </p>
                                    }
                                  </div>
                                }
                                @case ('sql') {
                                  @let exErr = err(o.controls.expression, 'SQL expression');
                                  <div class="mt-3">
                                    <label [for]="oid + '-expression'" class="field-label"
                                      >SQL expression</label
                                    >
                                    <input
                                      [id]="oid + '-expression'"
                                      type="text"
                                      class="input font-mono"
                                      formControlName="expression"
                                      placeholder="now() - interval '1 day'"
                                      [attr.aria-invalid]="!!exErr"
                                      [attr.aria-describedby]="
                                        exErr ? oid + '-expression-error' : oid + '-expression-hint'
                                      "
                                    />
                                    <p [id]="oid + '-expression-hint'" class="field-hint">
                                      Inlined into the INSERT as is.
                                    </p>
                                    @if (exErr) {
                                      <p [id]="oid + '-expression-error'" class="field-error">
                                        {{ exErr }}
                                      </p>
                                    }
                                  </div>
                                }
                                @case ('pattern') {
                                  @let reErr = err(o.controls.regex, 'Regex');
                                  <div class="mt-3">
                                    <label [for]="oid + '-regex'" class="field-label">Regex</label>
                                    <input
                                      [id]="oid + '-regex'"
                                      type="text"
                                      class="input font-mono"
                                      formControlName="regex"
                                      placeholder="[a-z]{8}@example\\.com"
                                      [attr.aria-invalid]="!!reErr"
                                      [attr.aria-describedby]="reErr ? oid + '-regex-error' : null"
                                    />
                                    @if (reErr) {
                                      <p [id]="oid + '-regex-error'" class="field-error">
                                        {{ reErr }}
                                      </p>
                                    }
                                  </div>
                                }
                                @case ('constant') {
                                  @let vErr = err(o.controls.value, 'Value');
                                  <div class="mt-3">
                                    <label [for]="oid + '-value'" class="field-label">Value</label>
                                    <input
                                      [id]="oid + '-value'"
                                      type="text"
                                      class="input font-mono"
                                      formControlName="value"
                                      [attr.aria-invalid]="!!vErr"
                                      [attr.aria-describedby]="vErr ? oid + '-value-error' : null"
                                    />
                                    @if (vErr) {
                                      <p [id]="oid + '-value-error'" class="field-error">
                                        {{ vErr }}
                                      </p>
                                    }
                                  </div>
                                }
                                @case ('weighted') {
                                  @let chErr = err(o.controls.choices, 'Values');
                                  <fieldset
                                    class="mt-3"
                                    [attr.aria-describedby]="chErr ? oid + '-choices-error' : null"
                                  >
                                    <legend class="field-label">Values and weights</legend>
                                    <ul class="space-y-2">
                                      @for (
                                        ch of o.controls.choices.controls;
                                        track ch;
                                        let k = $index
                                      ) {
                                        @let chv = err(ch.controls.value, 'Value');
                                        <li
                                          class="grid grid-cols-[minmax(0,1fr)_6rem_auto] items-start gap-2"
                                          [formGroup]="ch"
                                        >
                                          <div>
                                            <label [for]="oid + '-c' + k + '-value'" class="sr-only"
                                              >Value {{ k + 1 }}</label
                                            >
                                            <input
                                              [id]="oid + '-c' + k + '-value'"
                                              type="text"
                                              class="input font-mono"
                                              formControlName="value"
                                              placeholder="value"
                                              [attr.aria-invalid]="!!chv"
                                            />
                                            @if (chv) {
                                              <p class="field-error">{{ chv }}</p>
                                            }
                                          </div>
                                          <div>
                                            <label
                                              [for]="oid + '-c' + k + '-weight'"
                                              class="sr-only"
                                              >Weight {{ k + 1 }}</label
                                            >
                                            <input
                                              [id]="oid + '-c' + k + '-weight'"
                                              type="number"
                                              class="input"
                                              formControlName="weight"
                                              min="0"
                                              step="any"
                                              placeholder="weight"
                                            />
                                          </div>
                                          <button
                                            type="button"
                                            class="btn btn-ghost btn-sm"
                                            (click)="removeChoice(o, k)"
                                            [attr.aria-label]="'Remove value ' + (k + 1)"
                                            [disabled]="o.controls.choices.length === 1"
                                          >
                                            <app-icon name="close" [size]="14" />
                                          </button>
                                        </li>
                                      }
                                    </ul>
                                    <button
                                      type="button"
                                      class="btn btn-ghost btn-sm mt-2"
                                      (click)="addChoice(o)"
                                    >
                                      <app-icon name="plus" [size]="14" /> Add value
                                    </button>
                                    @if (chErr) {
                                      <p [id]="oid + '-choices-error'" class="field-error">
                                        {{ chErr }}
                                      </p>
                                    }
                                  </fieldset>
                                }
                                @case ('range') {
                                  @let mnErr = err(o.controls.min, 'Min');
                                  @let mxErr = err(o.controls.max, 'Max') ?? groupErr(o);
                                  <div class="mt-3 grid grid-cols-2 gap-3 md:max-w-sm">
                                    <div>
                                      <label [for]="oid + '-min'" class="field-label">Min</label>
                                      <input
                                        [id]="oid + '-min'"
                                        type="number"
                                        class="input"
                                        formControlName="min"
                                        step="any"
                                        [attr.aria-invalid]="!!mnErr"
                                        [attr.aria-describedby]="mnErr ? oid + '-min-error' : null"
                                      />
                                      @if (mnErr) {
                                        <p [id]="oid + '-min-error'" class="field-error">
                                          {{ mnErr }}
                                        </p>
                                      }
                                    </div>
                                    <div>
                                      <label [for]="oid + '-max'" class="field-label">Max</label>
                                      <input
                                        [id]="oid + '-max'"
                                        type="number"
                                        class="input"
                                        formControlName="max"
                                        step="any"
                                        [attr.aria-invalid]="!!mxErr"
                                        [attr.aria-describedby]="mxErr ? oid + '-max-error' : null"
                                      />
                                      @if (mxErr) {
                                        <p [id]="oid + '-max-error'" class="field-error">
                                          {{ mxErr }}
                                        </p>
                                      }
                                    </div>
                                  </div>
                                }
                                @case ('dates') {
                                  @let frErr = err(o.controls.from, 'From');
                                  @let toErr = err(o.controls.to, 'To');
                                  <div class="mt-3 grid grid-cols-2 gap-3 md:max-w-md">
                                    <div>
                                      <label [for]="oid + '-from'" class="field-label">From</label>
                                      <input
                                        [id]="oid + '-from'"
                                        type="date"
                                        class="input"
                                        formControlName="from"
                                        [attr.aria-invalid]="!!frErr"
                                        [attr.aria-describedby]="frErr ? oid + '-from-error' : null"
                                      />
                                      @if (frErr) {
                                        <p [id]="oid + '-from-error'" class="field-error">
                                          {{ frErr }}
                                        </p>
                                      }
                                    </div>
                                    <div>
                                      <label [for]="oid + '-to'" class="field-label">To</label>
                                      <input
                                        [id]="oid + '-to'"
                                        type="date"
                                        class="input"
                                        formControlName="to"
                                        [attr.aria-invalid]="!!toErr"
                                        [attr.aria-describedby]="toErr ? oid + '-to-error' : null"
                                      />
                                      @if (toErr) {
                                        <p [id]="oid + '-to-error'" class="field-error">
                                          {{ toErr }}
                                        </p>
                                      }
                                    </div>
                                  </div>
                                }
                                @case ('nullRatio') {
                                  <p class="mt-2 text-xs text-muted">
                                    Values as planned, with the null ratio above as share of NULLs.
                                  </p>
                                }
                                @case ('default') {
                                  <p class="mt-2 text-xs text-muted">
                                    The column is left out of the INSERT: the database fills its
                                    default.
                                  </p>
                                }
                              }
                            </div>
                          }
                        </fieldset>
                      }

                      <div class="mt-3 flex flex-wrap gap-2">
                        <button
                          type="button"
                          class="btn btn-ghost btn-sm"
                          (click)="addOverride(t, i)"
                          [attr.aria-label]="'Add override to table ' + (i + 1)"
                        >
                          <app-icon name="sliders" [size]="14" /> Add override
                        </button>
                        <button
                          type="button"
                          class="btn btn-ghost btn-sm text-danger"
                          (click)="removeTable(i)"
                          [disabled]="form.controls.tables.length === 1"
                          [attr.aria-label]="
                            'Remove table ' + (i + 1) + (tname ? ' (' + tname + ')' : '')
                          "
                        >
                          <app-icon name="trash" [size]="14" /> Remove table
                        </button>
                      </div>
                    </li>
                  }
                </ol>
                @let tablesErr = err(form.controls.tables, 'Tables');
                @if (tablesErr) {
                  <p class="field-error mt-2" data-testid="tables-error">{{ tablesErr }}</p>
                }
                <div class="mt-4 flex flex-wrap items-center justify-between gap-4">
                  <button type="button" class="btn btn-secondary btn-sm" (click)="addTable()">
                    <app-icon name="plus" [size]="14" /> Add table
                  </button>
                  <label class="flex items-center gap-2 text-sm text-fg">
                    <input type="checkbox" formControlName="includeParents" />
                    Add the parent tables their foreign keys need
                  </label>
                </div>
              } @else {
                <div
                  class="mt-4 grid gap-4 md:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]"
                  [formGroup]="form.controls.entity"
                >
                  @let rootErr = err(form.controls.entity.controls.root, 'Root table');
                  @let countErr = err(form.controls.entity.controls.count, 'Entities');
                  <div>
                    <label for="seed-entity-root" class="field-label">Root table</label>
                    <input
                      id="seed-entity-root"
                      type="text"
                      class="input font-mono"
                      formControlName="root"
                      list="seed-tables"
                      autocomplete="off"
                      placeholder="public.customers"
                      [attr.aria-invalid]="!!rootErr"
                      [attr.aria-describedby]="rootErr ? 'seed-entity-root-error' : null"
                    />
                    @if (rootErr) {
                      <p id="seed-entity-root-error" class="field-error">{{ rootErr }}</p>
                    }
                  </div>
                  <div>
                    <label for="seed-entity-count" class="field-label">Entities</label>
                    <input
                      id="seed-entity-count"
                      type="number"
                      class="input"
                      formControlName="count"
                      min="1"
                      step="1"
                      [attr.aria-invalid]="!!countErr"
                      [attr.aria-describedby]="countErr ? 'seed-entity-count-error' : null"
                    />
                    @if (countErr) {
                      <p id="seed-entity-count-error" class="field-error">{{ countErr }}</p>
                    }
                  </div>
                </div>
                <fieldset class="mt-4">
                  <legend class="field-label">Children per parent row</legend>
                  <p id="seed-children-hint" class="field-hint">
                    Without children, the tables that need the root (a NOT NULL foreign key) get 1–3
                    rows each, two levels down.
                  </p>
                  <ul class="mt-2 space-y-2" data-testid="entity-children">
                    @for (
                      ch of form.controls.entity.controls.children.controls;
                      track ch;
                      let k = $index
                    ) {
                      @let ctErr = err(ch.controls.table, 'Child table');
                      @let cmErr = err(ch.controls.min, 'Min');
                      @let cxErr = err(ch.controls.max, 'Max') ?? groupErr(ch);
                      <li
                        class="grid grid-cols-[minmax(0,2fr)_5rem_5rem_auto] items-end gap-3"
                        [formGroup]="ch"
                      >
                        <div>
                          <label [for]="'seed-child' + k + '-table'" class="field-label"
                            >Child table</label
                          >
                          <input
                            [id]="'seed-child' + k + '-table'"
                            type="text"
                            class="input font-mono"
                            formControlName="table"
                            list="seed-tables"
                            autocomplete="off"
                            [attr.aria-invalid]="!!ctErr"
                            [attr.aria-describedby]="
                              ctErr ? 'seed-child' + k + '-table-error' : null
                            "
                          />
                        </div>
                        <div>
                          <label [for]="'seed-child' + k + '-min'" class="field-label">Min</label>
                          <input
                            [id]="'seed-child' + k + '-min'"
                            type="number"
                            class="input"
                            formControlName="min"
                            min="0"
                            step="1"
                            [attr.aria-invalid]="!!cmErr"
                          />
                        </div>
                        <div>
                          <label [for]="'seed-child' + k + '-max'" class="field-label">Max</label>
                          <input
                            [id]="'seed-child' + k + '-max'"
                            type="number"
                            class="input"
                            formControlName="max"
                            min="0"
                            step="1"
                            [attr.aria-invalid]="!!cxErr"
                          />
                        </div>
                        <button
                          type="button"
                          class="btn btn-ghost btn-sm text-danger"
                          (click)="removeChild(k)"
                          [attr.aria-label]="'Remove child table ' + (k + 1)"
                        >
                          <app-icon name="trash" [size]="14" />
                        </button>
                        @if (ctErr) {
                          <p
                            class="field-error col-span-4"
                            [id]="'seed-child' + k + '-table-error'"
                          >
                            {{ ctErr }}
                          </p>
                        }
                        @if (cmErr) {
                          <p class="field-error col-span-4">{{ cmErr }}</p>
                        }
                        @if (cxErr) {
                          <p class="field-error col-span-4">{{ cxErr }}</p>
                        }
                      </li>
                    }
                  </ul>
                  @let childrenErr = err(form.controls.entity.controls.children, 'Children');
                  @if (childrenErr) {
                    <p class="field-error">{{ childrenErr }}</p>
                  }
                  <button type="button" class="btn btn-secondary btn-sm mt-3" (click)="addChild()">
                    <app-icon name="plus" [size]="14" /> Add child table
                  </button>
                </fieldset>
              }
            </section>

            <!-- how -->
            <section class="card p-6" aria-labelledby="seed-how-title">
              <h2 id="seed-how-title" class="section-title">Run settings</h2>
              <div class="mt-4 grid gap-4 md:grid-cols-3">
                <div>
                  @let seedErr = err(form.controls.seed, 'Seed');
                  <label for="seed-seed" class="field-label">Seed</label>
                  <div class="flex gap-2">
                    <input
                      id="seed-seed"
                      type="number"
                      class="input font-mono"
                      formControlName="seed"
                      step="1"
                      [attr.aria-invalid]="!!seedErr"
                      [attr.aria-describedby]="
                        seedErr ? 'seed-seed-error seed-seed-hint' : 'seed-seed-hint'
                      "
                    />
                    <button
                      type="button"
                      class="btn btn-secondary btn-sm shrink-0"
                      (click)="newSeed()"
                    >
                      <app-icon name="refresh" [size]="14" /> New seed
                    </button>
                  </div>
                  <p id="seed-seed-hint" class="field-hint">
                    The same seed and plan give the same rows.
                  </p>
                  @if (seedErr) {
                    <p id="seed-seed-error" class="field-error">{{ seedErr }}</p>
                  }
                </div>
                <div>
                  @let locErr = err(form.controls.locale, 'Locale');
                  <label for="seed-locale" class="field-label">Locale</label>
                  <input
                    id="seed-locale"
                    type="text"
                    class="input"
                    formControlName="locale"
                    list="seed-locales"
                    autocomplete="off"
                    [attr.aria-invalid]="!!locErr"
                    [attr.aria-describedby]="locErr ? 'seed-locale-error' : null"
                  />
                  @if (locErr) {
                    <p id="seed-locale-error" class="field-error">{{ locErr }}</p>
                  }
                </div>
                <div class="flex items-end pb-2">
                  <label class="flex items-start gap-2 text-sm text-fg">
                    <input type="checkbox" formControlName="verify" class="mt-1" />
                    <span>
                      Verify integrity before committing
                      <span class="block text-xs text-muted"
                        >A violation rolls the whole run back.</span
                      >
                    </span>
                  </label>
                </div>
              </div>
              <fieldset class="mt-4">
                <legend class="field-label">Mode</legend>
                <div class="flex flex-wrap gap-6 text-sm text-fg">
                  <label class="flex items-center gap-2">
                    <input type="radio" formControlName="mode" value="append" /> Append: keep the
                    existing rows
                  </label>
                  <label class="flex items-center gap-2">
                    <input type="radio" formControlName="mode" value="truncate" /> Truncate: empty
                    the seeded tables first
                  </label>
                </div>
                @if (mode() === 'truncate') {
                  <p class="mt-2 text-sm text-warning" data-testid="truncate-warning">
                    Truncate deletes every row of the seeded tables (and of the empty tables that
                    reference them) before writing.
                  </p>
                }
              </fieldset>
            </section>

            <!-- actions -->
            <div class="flex flex-wrap items-center gap-3" data-testid="seed-actions">
              <button type="submit" class="btn btn-primary" [disabled]="!!busy()">
                <app-icon name="list" [size]="16" /> {{ busy() === 'plan' ? 'Planning…' : 'Plan' }}
              </button>
              <button
                type="button"
                class="btn btn-secondary"
                (click)="preview()"
                [disabled]="!!busy()"
              >
                <app-icon name="table" [size]="16" />
                {{ busy() === 'preview' ? 'Generating preview…' : 'Preview' }}
              </button>
              @if (canWrite()) {
                <button
                  type="button"
                  class="btn btn-primary"
                  (click)="run()"
                  [disabled]="!!busy() || runActive()"
                >
                  <app-icon name="play" [size]="16" /> {{ busy() === 'run' ? 'Starting…' : 'Run' }}
                </button>
                <button type="button" class="btn btn-ghost" (click)="saveAsTemplate()">
                  <app-icon name="copy" [size]="16" /> Save as template
                </button>
              } @else {
                <span class="text-sm text-muted"
                  >You have read access: planning and previewing only.</span
                >
              }
            </div>
          </form>

          @if (failure(); as f) {
            <div class="mt-6" data-testid="seed-failure">
              @if (f.planRequired; as pr) {
                <app-alert
                  tone="warning"
                  [title]="pr.plan ? 'Needs the ' + pr.plan + ' plan' : 'Above your plan'"
                  data-testid="plan-required"
                >
                  {{ f.message }}
                  <a routerLink="/pricing" class="ml-1 font-semibold">See plans and limits</a>
                </app-alert>
              } @else {
                <app-alert tone="error" [title]="f.title">
                  {{ f.message }}
                  @if (f.noSnapshot) {
                    <a
                      [routerLink]="['/projects', projectId(), 'connections']"
                      class="ml-1 font-semibold"
                      >Capture a snapshot</a
                    >
                  }
                  @if (f.problems.length) {
                    <ul class="mt-2 list-disc pl-5" data-testid="unplaced-problems">
                      @for (p of f.problems; track $index) {
                        <li>{{ p }}</li>
                      }
                    </ul>
                  }
                </app-alert>
              }
            </div>
          }

          <!-- results -->
          @if (runJob(); as job) {
            <section
              class="card mt-6 p-6"
              aria-labelledby="seed-run-title"
              data-testid="seed-run"
              aria-live="polite"
            >
              <h2 id="seed-run-title" class="section-title" tabindex="-1">Run</h2>
              <app-job-card
                class="mt-4"
                [job]="job"
                [cancelling]="jobs.cancelling().has(job.id)"
                [streamError]="jobs.streamErrors()[job.id] ?? null"
                (cancel)="cancelJob($event)"
              />
              @if (runResult(); as r) {
                <app-seed-result
                  class="mt-4"
                  [rows]="r.rows"
                  [rowsPerSecond]="r.rowsPerSecond"
                  [durationMs]="r.durationMs"
                  [tables]="r.tables"
                  [integrity]="integrityOf(r)"
                />
                <p class="mt-4 text-sm">
                  <button type="button" class="btn btn-ghost btn-sm" (click)="selectTab('history')">
                    See it in the history
                  </button>
                </p>
              }
            </section>
          }

          @if (planView(); as p) {
            <section class="card mt-6 p-6" aria-labelledby="seed-plan-title">
              <div class="flex flex-wrap items-center justify-between gap-3">
                <h2 id="seed-plan-title" class="section-title" tabindex="-1">Plan</h2>
                @if (stale()) {
                  <p class="text-sm text-warning" role="status" data-testid="stale">
                    The settings changed since this plan: plan again to update it.
                  </p>
                }
              </div>
              <app-seed-plan class="mt-4" [plan]="p" />
            </section>
          }

          @if (previewTables(); as tables) {
            <section
              class="card mt-6 p-6"
              aria-labelledby="seed-preview-title"
              data-testid="seed-preview"
            >
              <h2 id="seed-preview-title" class="section-title" tabindex="-1">Preview</h2>
              <p class="mt-1 text-sm text-muted">
                The first {{ previewRows }} rows of every table, as a run with this seed writes
                them. Nothing was written.
              </p>
              <app-seed-preview class="mt-4" [tables]="tables" />
            </section>
          }
        }
      </div>

      <!-- ================= History ================= -->
      <div
        role="tabpanel"
        id="seed-panel-history"
        aria-labelledby="seed-tab-history"
        [hidden]="tab() !== 'history'"
      >
        <app-seed-history
          [projectId]="projectId()"
          [active]="tab() === 'history'"
          [refresh]="historyTick()"
          [connections]="connectionList.value() ?? []"
          [canWrite]="canWrite()"
          (openInStudio)="openInStudio($event)"
        />
      </div>

      <!-- ================= Templates ================= -->
      <div
        role="tabpanel"
        id="seed-panel-templates"
        aria-labelledby="seed-tab-templates"
        [hidden]="tab() !== 'templates'"
      >
        <app-seed-templates
          [projectId]="projectId()"
          [active]="tab() === 'templates'"
          [connections]="connectionList.value() ?? []"
          [defaultConnectionId]="form.controls.connectionId.value"
          [canWrite]="canWrite()"
          [start]="templateStart()"
          (openInStudio)="openInStudio($event)"
        />
      </div>
    </div>
  `,
})
export class SeedStudioComponent {
  private readonly seeds = inject(SeedService);
  private readonly connectionsService = inject(ConnectionsService);
  private readonly schema = inject(SchemaService);
  private readonly projects = inject(ProjectsService);
  private readonly auth = inject(AuthService);
  private readonly confirm = inject(ConfirmService);
  private readonly toasts = inject(ToastService);
  private readonly destroyRef = inject(DestroyRef);
  private readonly injector = inject(Injector);
  private readonly host = inject(ElementRef<HTMLElement>);
  protected readonly jobs = inject(ProjectJobsStore);

  /** Route parameter and query parameter (component input binding). */
  readonly projectId = input.required<string>();
  readonly connectionId = input<string | undefined>(undefined);

  protected readonly tabs = TABS;
  protected readonly tabLabels = TAB_LABELS;
  protected readonly engineLabels = ENGINE_LABELS;
  protected readonly overrideTypes = OVERRIDE_TYPES;
  protected readonly overrideLabels = OVERRIDE_TYPE_LABELS;
  protected readonly locales = LOCALES;
  protected readonly previewRows = PREVIEW_ROWS;

  readonly tab = signal<SeedTab>('studio');
  protected readonly connectionList = new Loader<ConnectionView[]>(this.destroyRef);
  protected readonly snapshot = new Loader<SnapshotDetail>(this.destroyRef);

  readonly form = buildStudioForm();
  /** Bumped on every change of the form: the template and computeds read the form through it. */
  private readonly formVersion = signal(0);
  private readonly attempted = signal(false);

  protected readonly busy = signal<Action | null>(null);
  readonly failure = signal<Failure | null>(null);
  readonly planView = signal<SeedPlan | null>(null);
  readonly previewTables = signal<SeedTablePreview[] | null>(null);
  protected readonly stale = signal(false);
  private readonly runJobId = signal<string | null>(null);
  protected readonly historyTick = signal(0);
  protected readonly templateStart = signal<TemplateStart | null>(null);

  protected readonly canWrite = computed(() =>
    hasPermission(
      projectPermissionOf(this.projects.known()[this.projectId()], this.auth.user()?.id),
      'write',
    ),
  );

  private readonly selectedConnectionId = computed(() => {
    this.formVersion();
    return this.form.controls.connectionId.value;
  });
  protected readonly connection = computed(
    () => this.connectionList.value()?.find((c) => c.id === this.selectedConnectionId()) ?? null,
  );
  protected readonly strategy = computed(() => {
    this.formVersion();
    return this.form.controls.strategy.value;
  });
  protected readonly mode = computed(() => {
    this.formVersion();
    return this.form.controls.mode.value;
  });
  private readonly model = computed(() => this.snapshot.value()?.model ?? null);
  protected readonly tables = computed(() => seedableTables(this.model()));
  protected readonly tableNames = computed(() => this.tables().map(qualifiedName));

  protected readonly runJob = computed(() => {
    const id = this.runJobId();
    return id ? this.jobs.job(id) : null;
  });
  protected readonly runActive = computed(() => {
    const job = this.runJob();
    return !!job && !isTerminal(job.status);
  });
  protected readonly runResult = computed(() => {
    const job = this.runJob();
    return job?.status === 'done' ? resultOf(job) : null;
  });

  constructor() {
    effect(() => {
      const projectId = this.projectId();
      untracked(() => {
        this.connectionList.reset();
        this.loadConnections();
        void this.jobs.load(projectId);
      });
    });
    // Default connection: the query parameter, else the first with a snapshot, else the first.
    effect(() => {
      const list = this.connectionList.value();
      const wanted = this.connectionId();
      untracked(() => {
        if (!list?.length) return;
        const current = this.form.controls.connectionId.value;
        if (current && list.some((c) => c.id === current) && !wanted) return;
        const pick =
          list.find((c) => c.id === wanted) ?? list.find((c) => c.lastSnapshot) ?? list[0];
        if (pick.id !== current) this.form.controls.connectionId.setValue(pick.id);
      });
    });
    // The tables come from the connection's newest snapshot.
    effect(() => {
      const snapshotId = this.connection()?.lastSnapshot?.id ?? null;
      untracked(() => this.loadSnapshot(snapshotId));
    });
    // A seed job that ended (here, in the history or a template): the history is out of date.
    let ended = '';
    effect(() => {
      const key = this.jobs
        .jobs()
        .filter((j) => j.type === 'generation.seed' && isTerminal(j.status))
        .map((j) => j.id)
        .sort()
        .join(',');
      if (key !== ended) {
        ended = key;
        untracked(() => this.historyTick.update((n) => n + 1));
      }
    });

    merge(this.form.valueChanges, this.form.statusChanges)
      .pipe(takeUntilDestroyed())
      .subscribe(() => this.touch());
    this.form.valueChanges.pipe(takeUntilDestroyed()).subscribe(() => {
      if (this.planView() || this.previewTables()) this.stale.set(true);
    });
  }

  loadConnections(): void {
    this.connectionList.load(this.connectionsService.list(this.projectId()), { keep: true });
  }

  loadSnapshot(snapshotId: string | null = this.connection()?.lastSnapshot?.id ?? null): void {
    if (!snapshotId) {
      this.snapshot.reset();
      return;
    }
    if (this.snapshot.value()?.summary.id === snapshotId) return;
    this.snapshot.load(this.schema.snapshot(this.projectId(), snapshotId));
  }

  // ---- tabs

  selectTab(tab: SeedTab): void {
    this.tab.set(tab);
  }

  protected onTabKey(event: KeyboardEvent, current: SeedTab): void {
    const next = tabAfterKey(event.key, TABS, current);
    if (!next) return;
    event.preventDefault();
    this.tab.set(next);
    this.root().querySelector<HTMLElement>(`#seed-tab-${next}`)?.focus();
  }

  // ---- form helpers

  private touch(): void {
    this.formVersion.update((n) => n + 1);
  }

  private root(): HTMLElement {
    return this.host.nativeElement as HTMLElement;
  }

  /** The message to show under a control: once touched or after a Plan/Preview/Run. */
  protected err(control: AbstractControl | null | undefined, label: string): string | null {
    this.formVersion();
    if (!control || !control.invalid || !control.errors) return null;
    if (!(control.touched || this.attempted())) return null;
    return describeControlError(control.errors, label);
  }

  /** A min/max group's own error (max below min). */
  protected groupErr(group: FormGroup): string | null {
    this.formVersion();
    if (!group.errors || !(group.touched || this.attempted())) return null;
    return describeControlError(group.errors, 'Max');
  }

  protected columnOptions(tableName: string): string[] {
    return findTable(this.model(), tableName)?.columns.map((c) => c.name) ?? [];
  }

  protected parentOptions(tableName: string): string[] {
    const parents = parentsOf(findTable(this.model(), tableName));
    return parents.length ? parents : this.tableNames();
  }

  addTable(): void {
    this.form.controls.tables.push(tableGroup());
    this.focusLater(`#seed-t${this.form.controls.tables.length - 1}-table`);
  }

  removeTable(index: number): void {
    if (this.form.controls.tables.length <= 1) return;
    this.form.controls.tables.removeAt(index);
    this.focusLater(`#seed-t${Math.min(index, this.form.controls.tables.length - 1)}-table`);
  }

  addOverride(table: TableForm, index: number): void {
    table.controls.overrides.push(overrideGroup());
    this.focusLater(`#seed-t${index}-o${table.controls.overrides.length - 1}-column`);
  }

  removeOverride(table: TableForm, index: number): void {
    table.controls.overrides.removeAt(index);
  }

  addChoice(override: OverrideForm): void {
    override.controls.choices.push(choiceGroup());
  }

  removeChoice(override: OverrideForm, index: number): void {
    if (override.controls.choices.length > 1) override.controls.choices.removeAt(index);
  }

  addChild(): void {
    const children = this.form.controls.entity.controls.children;
    children.push(childGroup());
    this.focusLater(`#seed-child${children.length - 1}-table`);
  }

  removeChild(index: number): void {
    this.form.controls.entity.controls.children.removeAt(index);
  }

  newSeed(): void {
    this.form.controls.seed.setValue(randomSeed());
  }

  private focusLater(selector: string): void {
    afterNextRender(() => this.root().querySelector<HTMLElement>(selector)?.focus(), {
      injector: this.injector,
    });
  }

  // ---- plan, preview, run

  /** The spec to send, or null (with the invalid fields marked) when the form is not complete. */
  private validSpec(): SeedSpec | null {
    this.attempted.set(true);
    this.failure.set(null);
    clearServerErrors(this.form);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.touch();
      this.focusFirstInvalid();
      return null;
    }
    return toSeedSpec(this.form, this.snapshotIdFor(this.form.controls.connectionId.value));
  }

  /** The snapshot the tables were picked from (pinned, so plan, preview and run agree). */
  private snapshotIdFor(connectionId: string): string | null {
    const loaded = this.snapshot.value()?.summary;
    return loaded && loaded.connectionId === connectionId ? loaded.id : null;
  }

  async plan(): Promise<void> {
    const spec = this.validSpec();
    if (!spec) return;
    this.busy.set('plan');
    try {
      const plan = await firstValueFrom(this.seeds.plan(this.projectId(), spec));
      this.planView.set(plan);
      this.stale.set(false);
      this.focusLater('#seed-plan-title');
    } catch (e) {
      this.showFailure(e, 'The seed cannot be planned');
    } finally {
      this.busy.set(null);
    }
  }

  async preview(): Promise<void> {
    const spec = this.validSpec();
    if (!spec) return;
    this.busy.set('preview');
    try {
      const preview = await firstValueFrom(this.seeds.preview(this.projectId(), spec));
      this.planView.set(preview.plan);
      this.previewTables.set(preview.tables);
      this.stale.set(false);
      this.focusLater('#seed-preview-title');
    } catch (e) {
      this.showFailure(e, 'The preview failed');
    } finally {
      this.busy.set(null);
    }
  }

  async run(): Promise<void> {
    const spec = this.validSpec();
    if (!spec) return;
    if (spec.mode === 'truncate' && !(await this.confirmTruncate(spec))) return;
    this.busy.set('run');
    try {
      const job = await firstValueFrom(this.seeds.run(this.projectId(), spec));
      this.runJobId.set(job.id);
      this.jobs.track(job);
      this.focusLater('#seed-run-title');
    } catch (e) {
      this.showFailure(e, 'The run was not started');
    } finally {
      this.busy.set(null);
    }
  }

  private confirmTruncate(spec: SeedSpec): Promise<boolean> {
    const names =
      this.planView()?.tables.map((t) => t.table) ??
      spec.tables?.map((t) => t.table) ??
      (spec.entity ? [spec.entity.root] : []);
    const connection = this.connection();
    return this.confirm.ask({
      title: 'Delete the existing rows?',
      message:
        `Truncate mode deletes every row of ${names.length ? names.join(', ') : 'the seeded tables'}` +
        ` — and of the empty tables that reference them — in ${connection?.name ?? 'the database'}` +
        `${connection?.environment === 'production' ? ' (production)' : ''} before seeding.` +
        ' This cannot be undone once the run commits.',
      confirmText: 'Delete rows and seed',
      tone: 'danger',
    });
  }

  protected cancelJob(job: Job): void {
    void this.jobs.cancel(job);
  }

  protected integrityOf(result: SeedRunResult) {
    return parseIntegrity(result.integrity ?? null);
  }

  private showFailure(e: unknown, title: string): void {
    const error = toApiError(e);
    const requirement = planRequirement(error);
    let problems: string[] = [];
    if (error.status === 400 && error.fieldErrors.length) {
      problems = placeProblems(error.fieldErrors, this.form, this.model(), setServerError);
      this.touch();
      if (problems.length < error.fieldErrors.length) this.focusFirstInvalid();
    }
    this.failure.set({
      title,
      message: messageOf(error, problems.length < error.fieldErrors.length),
      problems,
      planRequired: requirement ? { plan: requirement.plan } : null,
      noSnapshot: error.status === 409,
    });
  }

  private focusFirstInvalid(): void {
    this.focusLater('form [aria-invalid="true"]');
  }

  // ---- templates and history

  saveAsTemplate(): void {
    const spec = toSeedSpec(this.form);
    this.templateStart.set({ spec, slots: numberSlots(spec), nonce: Date.now() });
    this.tab.set('templates');
  }

  /** Loads a spec (a past run, a resolved template) into the studio. */
  openInStudio(spec: SeedSpec): void {
    loadSpec(this.form, spec);
    this.planView.set(null);
    this.previewTables.set(null);
    this.failure.set(null);
    this.stale.set(false);
    this.attempted.set(false);
    this.touch();
    this.tab.set('studio');
    this.toasts.info('The seed is loaded into the studio: plan or preview it.');
    this.focusLater('#seed-tab-studio');
  }
}

function resultOf(job: Job): SeedRunResult | null {
  const result = job.result as Partial<SeedRunResult> | null;
  return result && typeof result.rows === 'number' ? (result as SeedRunResult) : null;
}

function messageOf(error: ApiError, placed: boolean): string {
  return placed ? `${error.message}\nSee the marked fields.` : error.message;
}
