/** A labelled password field, as every form of the Options page has them. */
export function passwordField(
  label: string,
  value: string,
  set: (value: string) => void,
  autocomplete: string,
) {
  return (
    <label class="field">
      <span>{label}</span>
      <input
        type="password"
        autocomplete={autocomplete}
        value={value}
        onInput={(event) => {
          set(event.currentTarget.value);
        }}
      />
    </label>
  );
}
