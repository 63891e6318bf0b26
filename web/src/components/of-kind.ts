/** The value when it is of `kind`, else false: for <Match when>, which then hands over the narrowed type. */
export function ofKind<T extends { kind: string }, K extends T["kind"]>(
  value: T,
  kind: K,
): Extract<T, { kind: K }> | false {
  return value.kind === kind ? (value as Extract<T, { kind: K }>) : false;
}
