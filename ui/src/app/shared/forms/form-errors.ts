import { Signal } from '@angular/core';
import { AbstractControl, FormGroup, ValidationErrors, ValidatorFn } from '@angular/forms';
import { ApiError } from '../../core/utils/api-error';

/**
 * Readable validation messages for a reactive form. A field shows its error once touched or once
 * the form was submitted; server-side field errors (problem+json `errors[]`) are stored on the
 * matching control as `{ server: message }` and cleared when the user edits the field.
 */
export class FormErrors {
  constructor(
    private readonly form: FormGroup,
    private readonly submitted: Signal<boolean>,
    private readonly labels: Record<string, string>,
  ) {}

  show(name: string): boolean {
    const control = this.form.get(name);
    return !!control && control.invalid && (control.touched || this.submitted());
  }

  message(name: string): string | null {
    const control = this.form.get(name);
    if (!control?.errors) return null;
    return describeValidationErrors(control.errors, this.labels[name] ?? name);
  }

  /** For `[attr.aria-describedby]`: the error element id when shown, else the hint id (if any). */
  describedBy(name: string, hintId?: string): string | null {
    if (this.show(name)) return hintId ? `${name}-error ${hintId}` : `${name}-error`;
    return hintId ?? null;
  }
}

export function describeValidationErrors(errors: ValidationErrors, label: string): string {
  if (errors['server']) return String(errors['server']);
  if (errors['required']) return `${label} is required.`;
  if (errors['email']) return 'Enter a valid email address.';
  if (errors['minlength'])
    return `${label} must be at least ${errors['minlength'].requiredLength} characters.`;
  if (errors['maxlength'])
    return `${label} must be at most ${errors['maxlength'].requiredLength} characters.`;
  if (errors['min']) return `${label} must be at least ${errors['min'].min}.`;
  if (errors['max']) return `${label} must be at most ${errors['max'].max}.`;
  if (errors['mismatch']) return 'The passwords do not match.';
  if (errors['blank']) return `${label} cannot be only spaces.`;
  if (errors['integer']) return `${label} must be a whole number.`;
  return `${label} is not valid.`;
}

/**
 * Puts the server's field errors on the matching controls. Returns the messages that matched no
 * control (to show in the form's alert). `aliases` maps server field names to control names.
 */
export function applyServerErrors(
  form: FormGroup,
  error: ApiError,
  aliases: Record<string, string> = {},
): string[] {
  const unmatched: string[] = [];
  for (const fieldError of error.fieldErrors) {
    const raw = fieldError.field ?? '';
    // Bean Validation paths look like "register.request.email": try the full path, then the leaf.
    const candidates = [raw, aliases[raw], raw.split('.').pop() ?? raw].filter(Boolean) as string[];
    const name = candidates.map((c) => aliases[c] ?? c).find((c) => form.get(c));
    const control = name ? form.get(name) : null;
    if (control) {
      control.setErrors({ ...(control.errors ?? {}), server: fieldError.message });
      control.markAsTouched();
      clearServerErrorOnEdit(control);
    } else {
      unmatched.push(raw ? `${raw}: ${fieldError.message}` : fieldError.message);
    }
  }
  return unmatched;
}

function clearServerErrorOnEdit(control: AbstractControl): void {
  const subscription = control.valueChanges.subscribe(() => {
    subscription.unsubscribe();
    if (control.errors?.['server']) {
      const { server: _server, ...rest } = control.errors;
      control.setErrors(Object.keys(rest).length ? rest : null);
      control.updateValueAndValidity({ emitEvent: false });
    }
  });
}

/** Validator: the value equals the sibling control `other` (password confirmation). */
export function matchesControl(other: string): ValidatorFn {
  return (control) => {
    const sibling = control.parent?.get(other);
    if (!sibling || !control.value) return null;
    return sibling.value === control.value ? null : { mismatch: true };
  };
}

/** Validator: rejects values made only of whitespace. */
export const notBlank: ValidatorFn = (control) =>
  typeof control.value === 'string' && control.value.length > 0 && control.value.trim().length === 0
    ? { blank: true }
    : null;

/** Validator: integer numbers only (number inputs accept decimals otherwise). */
export const integer: ValidatorFn = (control) =>
  control.value === null || control.value === '' || Number.isInteger(Number(control.value))
    ? null
    : { integer: true };
