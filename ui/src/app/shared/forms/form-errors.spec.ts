import { signal } from '@angular/core';
import { FormControl, FormGroup, Validators } from '@angular/forms';
import { ApiError } from '../../core/utils/api-error';
import {
  FormErrors,
  applyServerErrors,
  describeValidationErrors,
  matchesControl,
} from './form-errors';

describe('form errors', () => {
  function form() {
    return new FormGroup({
      email: new FormControl('', {
        nonNullable: true,
        validators: [Validators.required, Validators.email],
      }),
      password: new FormControl('', { nonNullable: true, validators: [Validators.minLength(10)] }),
      confirm: new FormControl('', { nonNullable: true, validators: [matchesControl('password')] }),
    });
  }

  it('shows errors once touched or submitted, with readable messages', () => {
    const f = form();
    const submitted = signal(false);
    const errors = new FormErrors(f, submitted, { email: 'Email', password: 'Password' });
    expect(errors.show('email')).toBe(false);
    submitted.set(true);
    expect(errors.show('email')).toBe(true);
    expect(errors.message('email')).toBe('Email is required.');
    expect(errors.describedBy('email', 'hint')).toBe('email-error hint');
    f.controls.password.setValue('short');
    expect(errors.message('password')).toBe('Password must be at least 10 characters.');
  });

  it('flags a password confirmation that does not match', () => {
    const f = form();
    f.controls.password.setValue('long enough pass');
    f.controls.confirm.setValue('something else');
    expect(f.controls.confirm.errors).toEqual({ mismatch: true });
    f.controls.confirm.setValue('long enough pass');
    expect(f.controls.confirm.errors).toBeNull();
  });

  it('puts server field errors on controls (by full path or leaf) and returns the rest', () => {
    const f = form();
    const error = new ApiError('Invalid', 400, 'VALIDATION_FAILED', [
      { field: 'register.request.email', message: 'is already registered' },
      { field: 'captcha', message: 'is required' },
    ]);
    expect(applyServerErrors(f, error)).toEqual(['captcha: is required']);
    expect(f.controls.email.errors?.['server']).toBe('is already registered');
    expect(describeValidationErrors(f.controls.email.errors!, 'Email')).toBe(
      'is already registered',
    );
    f.controls.email.setValue('new@example.test');
    expect(f.controls.email.errors).toBeNull();
  });
});
