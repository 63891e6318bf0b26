import { passwordLength } from "@berdaya/core/password-length";
import { textLimits } from "@berdaya/core/text-limits";
import { createEffect, createSignal, type JSX, Show, splitProps } from "solid-js";
import { ApiError, type ApiProblem, OfflineError } from "../data/api";
import { type MessageKey, type MessageParams, t, tMaybe } from "../i18n";

/** A problem found before sending the form: told in the member's language, like the server's own. */
export class FormProblem extends Error {
  constructor(
    readonly key: MessageKey,
    readonly params?: MessageParams,
    /** The field it is about, to show it next to that field. */
    readonly field?: string,
  ) {
    super(key);
  }
}

/** One field's problem, worded when shown so that it follows the language switch. */
interface FieldProblem {
  field: string;
  text: () => string;
}

function fieldText(problem: ApiProblem): string {
  const limit = problem.params?.limit;
  const code = problem.code === "min_length" && limit === 1 ? "required" : problem.code;
  const params = typeof limit === "number" ? { limit } : undefined;
  return tMaybe(`fieldError.${code}`, params) ?? problem.message;
}

/** The problems of an error that belong to a field: a FormProblem naming one, or the server's details. */
function fieldProblems(error: unknown): FieldProblem[] {
  if (error instanceof FormProblem && error.field) {
    return [{ field: error.field, text: () => t(error.key, error.params) }];
  }
  if (error instanceof ApiError && error.code === "invalid_input") {
    return error.details.flatMap((problem) => {
      const field = (problem as ApiProblem & { field?: string }).field?.split(".").at(-1);
      return field ? [{ field, text: () => fieldText(problem) }] : [];
    });
  }
  return [];
}

/** A new password shorter than the server accepts: the problem to show (at `field`), or undefined. */
export function shortPassword(password: string, field?: string): FormProblem | undefined {
  if (password.length >= passwordLength.min) return undefined;
  return new FormProblem("form.passwordTooShort", { min: passwordLength.min }, field);
}

/** A problem told in words from another dictionary (a page's own): read when shown, so it follows the language. */
export class LocalProblem extends Error {
  constructor(readonly text: () => string) {
    super("local problem");
  }
}

/** `problem(key, params)` for a namespace's `t`: a check failed before sending, shown by FormError. */
export function problemIn<K extends string>(t: (key: K, params?: MessageParams) => string) {
  return (key: K, params?: MessageParams) => new LocalProblem(() => t(key, params));
}

/**
 * What to show under a form that failed. The server's 4xx messages already name the field in the
 * member's language; network trouble and server faults get our own words.
 */
export function formErrorMessage(error: unknown): string {
  if (error instanceof FormProblem) return t(error.key, error.params);
  if (error instanceof LocalProblem) return error.text();
  if (error instanceof OfflineError) return t(error.reason === "timeout" ? "error.timeout" : "error.offline");
  if (error instanceof ApiError) {
    if (error.status === 429) {
      if (error.retryAfter === undefined) return t("form.tooManyLater");
      return t("form.tooManyMinutes", { minutes: Math.max(1, Math.ceil(error.retryAfter / 60)) });
    }
    // Worded here from the code when the dictionary knows it, so a language switch rewords it too.
    if (error.status >= 400 && error.status < 500 && !error.code.startsWith("http_"))
      return tMaybe(`apiError.${error.code}`) ?? error.message;
    if (error.status === 503) return tMaybe(`apiError.${error.code}`) ?? t("error.busy");
  }
  return t("form.failed");
}

export interface Submitter {
  pending: () => boolean;
  error: () => unknown;
  fail: (error: unknown) => void;
  clear: () => void;
  /** Runs `action` once at a time; true when it succeeded, false when it threw (the error is kept). */
  run: (action: () => Promise<unknown>) => Promise<boolean>;
  /** The problem to show next to a field, until the member changes that field. */
  fieldError: (field: string) => string | undefined;
  /** The member changed a field: its problem goes, and with the last one (or a form-wide one) the error. */
  edited: (field: string) => void;
  /** An onInput for a field: keeps the value with `set`, and tells `edited`. */
  input: (field: string, set: (value: string) => void) => (value: string) => void;
}

export function createSubmitter(): Submitter {
  const [pending, setPending] = createSignal(false);
  const [error, setErrorSignal] = createSignal<unknown>();
  const [fixed, setFixed] = createSignal<ReadonlySet<string>>(new Set());
  const setError = (next: unknown) => {
    setFixed(new Set<string>());
    setErrorSignal(() => next);
  };
  const edited = (field: string) => {
    const current = error();
    if (current === undefined || fixed().has(field)) return;
    const problems = fieldProblems(current);
    if (problems.length > 0 && !problems.some((problem) => problem.field === field)) return;
    const now = new Set([...fixed(), field]);
    if (problems.every((problem) => now.has(problem.field))) setError(undefined);
    else setFixed(now);
  };
  return {
    pending,
    error,
    edited,
    input: (field, set) => (value) => {
      set(value);
      edited(field);
    },
    fail: (failure) => setError(failure),
    clear: () => setError(undefined),
    fieldError(field) {
      if (fixed().has(field)) return undefined;
      return fieldProblems(error())
        .find((problem) => problem.field === field)
        ?.text();
    },
    async run(action) {
      if (pending()) return false;
      setPending(true);
      setError(undefined);
      try {
        await action();
        return true;
      } catch (failure) {
        setError(failure);
        return false;
      } finally {
        setPending(false);
      }
    },
  };
}

/**
 * The form's error under the form. With `fields`, the page shows field problems next to their
 * fields, so this only points at them.
 */
export function FormError(props: { error: unknown; id?: string; fields?: boolean }): JSX.Element {
  return (
    <Show when={props.error}>
      <div class="form-error" role="alert" data-testid="form-error" id={props.id}>
        {props.fields && fieldProblems(props.error).length > 0
          ? t("form.checkFields")
          : formErrorMessage(props.error)}
      </div>
    </Show>
  );
}

export function FormSuccess(props: { children: JSX.Element }): JSX.Element {
  return (
    <div class="form-success" role="status" data-testid="form-success">
      {props.children}
    </div>
  );
}

/** A label, the control, and an optional hint the control points to with aria-describedby. */
export function Field(props: {
  for: string;
  label: string;
  optional?: boolean;
  hint?: string;
  /** What is wrong with this field, shown under it and announced with it. */
  error?: string;
  children: JSX.Element;
}): JSX.Element {
  let wrapper: HTMLDivElement | undefined;
  createEffect(() => {
    const control = wrapper?.querySelector(`#${CSS.escape(props.for)}`);
    if (!control) return;
    const errorId = `${props.for}-error`;
    const described = (control.getAttribute("aria-describedby") ?? "")
      .split(" ")
      .filter((id) => id && id !== errorId);
    if (props.error) {
      control.setAttribute("aria-invalid", "true");
      described.push(errorId);
    } else control.removeAttribute("aria-invalid");
    if (described.length > 0) control.setAttribute("aria-describedby", described.join(" "));
    else control.removeAttribute("aria-describedby");
  });
  return (
    <div class="field" classList={{ "field-invalid": Boolean(props.error) }} ref={wrapper}>
      <label for={props.for}>
        {props.label}
        <Show when={props.optional}>
          <span class="field-optional"> ({t("form.optional")})</span>
        </Show>
      </label>
      {props.children}
      <Show when={props.error}>
        <p class="field-error" id={`${props.for}-error`} data-testid="field-error">
          {props.error}
        </p>
      </Show>
      <Show when={props.hint}>
        <p class="field-hint" id={`${props.for}-hint`}>
          {props.hint}
        </p>
      </Show>
    </div>
  );
}

type PasswordInputProps = Omit<JSX.InputHTMLAttributes<HTMLInputElement>, "type"> & {
  id: string;
  autocomplete: "current-password" | "new-password";
};

/** A password box with a show/hide button: typing blind on a small phone keyboard goes wrong often. */
export function PasswordInput(props: PasswordInputProps): JSX.Element {
  const [visible, setVisible] = createSignal(false);
  const [local, rest] = splitProps(props, ["id"]);
  return (
    <div class="password-input">
      <input
        {...rest}
        id={local.id}
        type={visible() ? "text" : "password"}
        autocapitalize="none"
        autocorrect="off"
        spellcheck={false}
      />
      <button
        type="button"
        class="password-toggle"
        aria-controls={local.id}
        onClick={() => setVisible(!visible())}
      >
        {/* The full name is in the text, not in aria-label: a label containing "kata sandi" would
            make the button one more match for the password field's own label. */}
        {visible() ? t("form.hidePassword") : t("form.showPassword")}
        <span class="visually-hidden"> {t("form.passwordWord")}</span>
      </button>
    </div>
  );
}

/** The submit button: disabled, and saying so, while the request is on its way. */
export function SubmitButton(props: { pending: boolean; label: string; class?: string }): JSX.Element {
  return (
    <button type="submit" class={props.class ?? "button"} disabled={props.pending}>
      <Show when={props.pending}>
        <span class="spinner spinner-small" aria-hidden="true" />
      </Show>
      {props.pending ? t("form.sending") : props.label}
    </button>
  );
}

/** The value of a text control, for onInput handlers. */
export function inputValue(event: Event): string {
  return (event.currentTarget as HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement).value;
}

/**
 * A password field: the label, the box with its show/hide button, the field's problem and, for a
 * new password, the minimum length (as a hint too when `hint` is set).
 */
export function PasswordField(props: {
  id: string;
  name: string;
  label: string;
  autocomplete: "current-password" | "new-password";
  hint?: boolean;
  error?: string;
  value: string;
  onInput: (value: string) => void;
}): JSX.Element {
  const fresh = () => props.autocomplete === "new-password";
  return (
    <Field
      for={props.id}
      label={props.label}
      hint={props.hint ? t("form.newPasswordHint", { min: passwordLength.min }) : undefined}
      error={props.error}
    >
      <PasswordInput
        id={props.id}
        name={props.name}
        autocomplete={props.autocomplete}
        required
        minLength={fresh() ? passwordLength.min : undefined}
        aria-describedby={props.hint ? `${props.id}-hint` : undefined}
        value={props.value}
        onInput={(event) => props.onInput(inputValue(event))}
      />
    </Field>
  );
}

/** A button that sends one request: its failure above it, and "sending" on it while it goes. */
export function ActionButton(props: {
  label: string;
  run: () => Promise<unknown>;
  class?: string;
  testId?: string;
}): JSX.Element {
  const submitter = createSubmitter();
  return (
    <>
      <FormError error={submitter.error()} />
      <button
        type="button"
        class={props.class ?? "button button-secondary"}
        data-testid={props.testId}
        disabled={submitter.pending()}
        onClick={() => void submitter.run(props.run)}
      >
        {submitter.pending() ? t("form.sending") : props.label}
      </button>
    </>
  );
}

/** A phone number field: the number keyboard, the format hint and the field's problem. */
export function PhoneField(props: {
  id: string;
  label: string;
  error?: string;
  value: string;
  onInput: (value: string) => void;
  ref?: HTMLInputElement | ((element: HTMLInputElement) => void);
}): JSX.Element {
  return (
    <Field for={props.id} label={props.label} hint={t("form.phoneHint")} error={props.error}>
      <input
        id={props.id}
        name="phone"
        type="tel"
        inputmode="tel"
        autocomplete="tel"
        maxLength={textLimits.phone}
        required
        aria-describedby={`${props.id}-hint`}
        ref={props.ref}
        value={props.value}
        onInput={(event) => props.onInput(inputValue(event))}
      />
    </Field>
  );
}

/** A member's name: the same limits on the register and profile forms. */
export function NameField(props: {
  id: string;
  error?: string;
  value: string;
  onInput: (value: string) => void;
}): JSX.Element {
  return (
    <Field for={props.id} label={t("form.name")} error={props.error}>
      <input
        id={props.id}
        name="name"
        type="text"
        autocomplete="name"
        autocapitalize="words"
        maxLength={textLimits.name}
        required
        value={props.value}
        onInput={(event) => props.onInput(inputValue(event))}
      />
    </Field>
  );
}

/** A search box and its button on one row (the desk's lists); `hint` points the box at its Field's hint. */
export function SearchRow(props: {
  id: string;
  value: string;
  onInput: (value: string) => void;
  hint?: boolean;
  testId?: string;
  /** The submit button. */
  children: JSX.Element;
}): JSX.Element {
  return (
    <div class="copy-row">
      <input
        id={props.id}
        name="q"
        type="search"
        autocomplete="off"
        aria-describedby={props.hint ? `${props.id}-hint` : undefined}
        data-testid={props.testId}
        value={props.value}
        onInput={(event) => props.onInput(inputValue(event))}
      />
      {props.children}
    </div>
  );
}
