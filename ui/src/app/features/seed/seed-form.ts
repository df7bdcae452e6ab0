import {
  AbstractControl,
  FormArray,
  FormControl,
  FormGroup,
  ValidationErrors,
  ValidatorFn,
  Validators,
} from '@angular/forms';
import {
  OVERRIDE_TYPES,
  OverrideType,
  SeedChoice,
  SeedEntitySpec,
  SeedMode,
  SeedOverride,
  SeedSpec,
  SeedTableSpec,
} from '../../core/models';
import { integer, notBlank } from '../../shared/forms/form-errors';

export type Strategy = 'standard' | 'entity';
export type CountKind = 'rows' | 'perParent';

export type ChoiceForm = FormGroup<{
  value: FormControl<string>;
  weight: FormControl<number | null>;
}>;

export type OverrideForm = FormGroup<{
  column: FormControl<string>;
  type: FormControl<OverrideType>;
  expression: FormControl<string>;
  regex: FormControl<string>;
  value: FormControl<string>;
  choices: FormArray<ChoiceForm>;
  min: FormControl<number | null>;
  max: FormControl<number | null>;
  from: FormControl<string>;
  to: FormControl<string>;
  ratio: FormControl<number | null>;
}>;

export type PerParentForm = FormGroup<{
  parent: FormControl<string>;
  min: FormControl<number | null>;
  max: FormControl<number | null>;
}>;

export type TableForm = FormGroup<{
  table: FormControl<string>;
  count: FormControl<CountKind>;
  rows: FormControl<number | null>;
  perParent: PerParentForm;
  overrides: FormArray<OverrideForm>;
}>;

export type ChildForm = FormGroup<{
  table: FormControl<string>;
  min: FormControl<number | null>;
  max: FormControl<number | null>;
}>;

export type EntityForm = FormGroup<{
  root: FormControl<string>;
  count: FormControl<number | null>;
  children: FormArray<ChildForm>;
}>;

export type StudioForm = FormGroup<{
  connectionId: FormControl<string>;
  strategy: FormControl<Strategy>;
  includeParents: FormControl<boolean>;
  tables: FormArray<TableForm>;
  entity: EntityForm;
  seed: FormControl<number | null>;
  locale: FormControl<string>;
  mode: FormControl<SeedMode>;
  verify: FormControl<boolean>;
}>;

/** The fields each override type needs (`ratio` applies to every type). */
export const OVERRIDE_FIELDS: Record<
  OverrideType,
  readonly ('expression' | 'regex' | 'value' | 'choices' | 'min' | 'max' | 'from' | 'to')[]
> = {
  provider: ['expression'],
  pattern: ['regex'],
  constant: ['value'],
  weighted: ['choices'],
  range: ['min', 'max'],
  dates: ['from', 'to'],
  nullRatio: [],
  sql: ['expression'],
  default: [],
};

export const DEFAULT_ROWS = 100;
export const DEFAULT_SEED = 42;
export const DEFAULT_LOCALE = 'en';
export const LOCALES = ['en', 'en-GB', 'de', 'fr', 'es', 'it', 'nl', 'pt-BR', 'pl', 'sv', 'ja'];
/** Largest seed the "New seed" button draws (fits every engine's integer). */
const MAX_RANDOM_SEED = 2_147_483_647;

const nonNull = <T>(value: T, validators: ValidatorFn[] = []) =>
  new FormControl<T>(value, { nonNullable: true, validators });

/** Validator: `max` of a min/max group is not below `min`. */
const minNotAboveMax: ValidatorFn = (group) => {
  if (!group.get('min')?.enabled || !group.get('max')?.enabled) return null;
  const min = group.get('min')?.value;
  const max = group.get('max')?.value;
  if (min === null || min === undefined || min === '' || max === null || max === '') return null;
  return Number(max) < Number(min) ? { minMax: true } : null;
};

/** Validator: a FormArray with at least one entry. */
const atLeastOne: ValidatorFn = (control) =>
  (control as FormArray).length ? null : { required: true };

export function choiceGroup(choice: Partial<SeedChoice> = {}): ChoiceForm {
  return new FormGroup({
    value: nonNull(choice.value ?? '', [Validators.required]),
    weight: new FormControl<number | null>(choice.weight ?? 1, [Validators.min(0)]),
  });
}

export function overrideGroup(override: Partial<SeedOverride> = {}): OverrideForm {
  const type: OverrideType = OVERRIDE_TYPES.includes(override.type as OverrideType)
    ? (override.type as OverrideType)
    : 'provider';
  const group: OverrideForm = new FormGroup(
    {
      column: nonNull(override.column ?? '', [Validators.required, notBlank]),
      type: nonNull<OverrideType>(type),
      expression: nonNull(override.expression ?? '', [Validators.required, notBlank]),
      regex: nonNull(override.regex ?? '', [Validators.required]),
      value: nonNull(override.value ?? ''),
      choices: new FormArray<ChoiceForm>(
        (override.choices ?? []).map((c) => choiceGroup(c)),
        [atLeastOne],
      ),
      min: new FormControl<number | null>(override.min ?? null, [Validators.required]),
      max: new FormControl<number | null>(override.max ?? null, [Validators.required]),
      from: nonNull(override.from ?? '', [Validators.required]),
      to: nonNull(override.to ?? '', [Validators.required]),
      ratio: new FormControl<number | null>(override.ratio ?? null, [
        Validators.min(0),
        Validators.max(1),
      ]),
    },
    { validators: [minNotAboveMax] },
  );
  syncOverride(group);
  group.controls.type.valueChanges.subscribe(() => syncOverride(group));
  return group;
}

/** Enables the fields the override's type uses, disables (and so skips) the others. */
export function syncOverride(group: OverrideForm): void {
  const type = group.controls.type.value;
  const used = OVERRIDE_FIELDS[type] ?? [];
  for (const name of [
    'expression',
    'regex',
    'value',
    'choices',
    'min',
    'max',
    'from',
    'to',
  ] as const) {
    const control = group.controls[name];
    if (used.includes(name)) control.enable({ emitEvent: false });
    else control.disable({ emitEvent: false });
  }
  if (type === 'weighted' && !group.controls.choices.length) {
    group.controls.choices.push(choiceGroup(), { emitEvent: false });
  }
  group.controls.ratio.setValidators(
    type === 'nullRatio'
      ? [Validators.required, Validators.min(0), Validators.max(1)]
      : [Validators.min(0), Validators.max(1)],
  );
  group.controls.ratio.updateValueAndValidity({ emitEvent: false });
  group.updateValueAndValidity({ emitEvent: false });
}

export function tableGroup(table: Partial<SeedTableSpec> = {}): TableForm {
  const perParent = table.perParent;
  const group: TableForm = new FormGroup({
    table: nonNull(table.table ?? '', [Validators.required, notBlank]),
    count: nonNull<CountKind>(perParent ? 'perParent' : 'rows'),
    rows: new FormControl<number | null>(perParent ? DEFAULT_ROWS : (table.rows ?? DEFAULT_ROWS), [
      Validators.required,
      Validators.min(1),
      integer,
    ]),
    perParent: new FormGroup(
      {
        parent: nonNull(perParent?.parent ?? '', [Validators.required, notBlank]),
        min: new FormControl<number | null>(perParent?.min ?? 1, [
          Validators.required,
          Validators.min(0),
          integer,
        ]),
        max: new FormControl<number | null>(perParent?.max ?? 3, [
          Validators.required,
          Validators.min(1),
          integer,
        ]),
      },
      { validators: [minNotAboveMax] },
    ),
    overrides: new FormArray<OverrideForm>((table.overrides ?? []).map((o) => overrideGroup(o))),
  });
  syncTable(group);
  group.controls.count.valueChanges.subscribe(() => syncTable(group));
  return group;
}

/** Rows or rows per parent: only the chosen count is validated and sent. */
export function syncTable(group: TableForm): void {
  const perParent = group.controls.count.value === 'perParent';
  if (perParent) {
    group.controls.rows.disable({ emitEvent: false });
    group.controls.perParent.enable({ emitEvent: false });
  } else {
    group.controls.rows.enable({ emitEvent: false });
    group.controls.perParent.disable({ emitEvent: false });
  }
  // Enabling a parent enables every child: the overrides choose their fields again.
  for (const override of group.controls.overrides.controls) syncOverride(override);
  group.updateValueAndValidity({ emitEvent: false });
}

export function childGroup(child: { table?: string; min?: number; max?: number } = {}): ChildForm {
  return new FormGroup(
    {
      table: nonNull(child.table ?? '', [Validators.required, notBlank]),
      min: new FormControl<number | null>(child.min ?? 1, [
        Validators.required,
        Validators.min(0),
        integer,
      ]),
      max: new FormControl<number | null>(child.max ?? 3, [
        Validators.required,
        Validators.min(0),
        integer,
      ]),
    },
    { validators: [minNotAboveMax] },
  );
}

export interface StudioDefaults {
  connectionId?: string;
  tables?: Partial<SeedTableSpec>[];
}

export function buildStudioForm(defaults: StudioDefaults = {}): StudioForm {
  const form: StudioForm = new FormGroup({
    connectionId: nonNull(defaults.connectionId ?? '', [Validators.required]),
    strategy: nonNull<Strategy>('standard'),
    includeParents: nonNull(true),
    tables: new FormArray<TableForm>(
      (defaults.tables ?? [{}]).map((t) => tableGroup(t)),
      [atLeastOne],
    ),
    entity: new FormGroup({
      root: nonNull('', [Validators.required, notBlank]),
      count: new FormControl<number | null>(10, [Validators.required, Validators.min(1), integer]),
      children: new FormArray<ChildForm>([]),
    }),
    seed: new FormControl<number | null>(DEFAULT_SEED, [Validators.required, integer]),
    locale: nonNull(DEFAULT_LOCALE),
    mode: nonNull<SeedMode>('append'),
    verify: nonNull(true),
  });
  syncStrategy(form);
  form.controls.strategy.valueChanges.subscribe(() => syncStrategy(form));
  return form;
}

/** Standard (tables) or entity (root + children): the other part is disabled. */
export function syncStrategy(form: StudioForm): void {
  const c = form.controls;
  if (c.strategy.value === 'entity') {
    c.tables.disable({ emitEvent: false });
    c.includeParents.disable({ emitEvent: false });
    c.entity.enable({ emitEvent: false });
  } else {
    c.entity.disable({ emitEvent: false });
    c.includeParents.enable({ emitEvent: false });
    c.tables.enable({ emitEvent: false });
    for (const table of c.tables.controls) syncTable(table);
  }
  form.updateValueAndValidity({ emitEvent: false });
}

/** A random seed for "New seed". */
export function randomSeed(random: () => number = Math.random): number {
  return Math.floor(random() * MAX_RANDOM_SEED) + 1;
}

const trimmed = (value: string | null | undefined) => (value ?? '').trim();
const num = (value: unknown): number | undefined =>
  value === null || value === undefined || value === '' ? undefined : Number(value);

function overrideSpec(group: OverrideForm): SeedOverride {
  const c = group.controls;
  const type = c.type.value;
  const spec: SeedOverride = { column: trimmed(c.column.value), type };
  switch (type) {
    case 'provider':
    case 'sql':
      spec.expression = c.expression.value.trim();
      break;
    case 'pattern':
      spec.regex = c.regex.value;
      break;
    case 'constant':
      spec.value = c.value.value;
      break;
    case 'weighted':
      spec.choices = c.choices.controls.map((choice) => {
        const weight = num(choice.controls.weight.value);
        return weight === undefined
          ? { value: choice.controls.value.value }
          : { value: choice.controls.value.value, weight };
      });
      break;
    case 'range':
      spec.min = num(c.min.value);
      spec.max = num(c.max.value);
      break;
    case 'dates':
      spec.from = c.from.value;
      spec.to = c.to.value;
      break;
  }
  const ratio = num(c.ratio.value);
  if (ratio !== undefined) spec.ratio = ratio;
  return spec;
}

function tableSpec(group: TableForm): SeedTableSpec {
  const c = group.controls;
  const spec: SeedTableSpec = { table: trimmed(c.table.value) };
  if (c.count.value === 'perParent') {
    const p = c.perParent.controls;
    spec.perParent = {
      parent: trimmed(p.parent.value),
      min: num(p.min.value) ?? 0,
      max: num(p.max.value) ?? 0,
    };
  } else {
    spec.rows = num(c.rows.value);
  }
  if (c.overrides.length) spec.overrides = c.overrides.controls.map(overrideSpec);
  return spec;
}

function entitySpec(group: EntityForm): SeedEntitySpec {
  const c = group.controls;
  const spec: SeedEntitySpec = { root: trimmed(c.root.value), count: num(c.count.value) ?? 0 };
  if (c.children.length)
    spec.children = c.children.controls.map((child) => ({
      table: trimmed(child.controls.table.value),
      min: num(child.controls.min.value),
      max: num(child.controls.max.value),
    }));
  return spec;
}

/**
 * The seed spec the form describes: `tables` (standard) or `entity`, the seed, locale, mode and
 * verify. `snapshotId` pins the snapshot the tables were picked from (templates leave it out so
 * they follow the newest snapshot).
 */
export function toSeedSpec(form: StudioForm, snapshotId: string | null = null): SeedSpec {
  const c = form.controls;
  const spec: SeedSpec = { connectionId: c.connectionId.value };
  if (snapshotId) spec.snapshotId = snapshotId;
  const seed = num(c.seed.value);
  if (seed !== undefined) spec.seed = seed;
  const locale = trimmed(c.locale.value);
  if (locale) spec.locale = locale;
  if (c.strategy.value === 'entity') {
    spec.entity = entitySpec(c.entity);
  } else {
    spec.includeParents = c.includeParents.value;
    spec.tables = c.tables.controls.map(tableSpec);
  }
  spec.mode = c.mode.value;
  spec.verify = c.verify.value;
  return spec;
}

/**
 * Fills the form from a spec (a history entry's request, a resolved template); parts the form
 * does not know are ignored.
 */
export function loadSpec(form: StudioForm, spec: Partial<SeedSpec>): void {
  const c = form.controls;
  if (spec.connectionId) c.connectionId.setValue(spec.connectionId, { emitEvent: false });
  c.seed.setValue(typeof spec.seed === 'number' ? spec.seed : DEFAULT_SEED, { emitEvent: false });
  c.locale.setValue(spec.locale ?? DEFAULT_LOCALE, { emitEvent: false });
  c.mode.setValue(spec.mode === 'truncate' ? 'truncate' : 'append', { emitEvent: false });
  c.verify.setValue(spec.verify !== false, { emitEvent: false });
  c.includeParents.setValue(spec.includeParents !== false, { emitEvent: false });
  c.tables.clear({ emitEvent: false });
  c.entity.controls.children.clear({ emitEvent: false });
  if (spec.entity) {
    c.entity.controls.root.setValue(spec.entity.root ?? '', { emitEvent: false });
    c.entity.controls.count.setValue(spec.entity.count ?? 10, { emitEvent: false });
    for (const child of spec.entity.children ?? [])
      c.entity.controls.children.push(childGroup(child), { emitEvent: false });
    c.tables.push(tableGroup(), { emitEvent: false });
    c.strategy.setValue('entity', { emitEvent: false });
  } else {
    for (const table of spec.tables?.length ? spec.tables : [{}])
      c.tables.push(tableGroup(table), { emitEvent: false });
    c.strategy.setValue('standard', { emitEvent: false });
  }
  syncStrategy(form);
  form.markAsPristine();
  form.updateValueAndValidity();
}

// ---- validation state

/** Every control of a tree, the root first. */
export function allControls(control: AbstractControl): AbstractControl[] {
  const out: AbstractControl[] = [control];
  if (control instanceof FormGroup || control instanceof FormArray)
    for (const child of Object.values(control.controls) as AbstractControl[])
      out.push(...allControls(child));
  return out;
}

/**
 * Puts a server message on a control (after earlier ones). Editing the control runs its
 * validators again, which clears it.
 */
export function setServerError(control: AbstractControl, message: string): void {
  const previous = control.errors?.['server'];
  control.setErrors({
    ...(control.errors ?? {}),
    server: previous ? `${previous} ${message}` : message,
  });
  control.markAsTouched();
}

/** Forgets the server's messages (before a new request): validators decide again. */
export function clearServerErrors(form: AbstractControl): void {
  for (const control of allControls(form).reverse())
    if (control.errors?.['server'])
      control.updateValueAndValidity({ onlySelf: true, emitEvent: false });
  form.updateValueAndValidity({ emitEvent: false });
}

export function describeControlError(errors: ValidationErrors, label: string): string {
  if (errors['server']) return String(errors['server']);
  if (errors['required']) return `${label} is required.`;
  if (errors['blank']) return `${label} cannot be only spaces.`;
  if (errors['integer']) return `${label} must be a whole number.`;
  if (errors['min']) return `${label} must be at least ${errors['min'].min}.`;
  if (errors['max']) return `${label} must be at most ${errors['max'].max}.`;
  if (errors['minMax']) return 'Max must not be below min.';
  if (errors['pattern']) return `${label}: letters, digits and _ only, not starting with a digit.`;
  if (errors['json']) return String(errors['json']);
  if (errors['maxlength'])
    return `${label} must be at most ${errors['maxlength'].requiredLength} characters.`;
  return `${label} is not valid.`;
}
