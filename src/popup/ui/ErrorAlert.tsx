/** An error the user must notice: announced at once (role=alert), shown next to what failed. */
export function ErrorAlert({ message }: { readonly message: string | null }) {
  if (!message) return null;
  return (
    <p class="error" role="alert">
      {message}
    </p>
  );
}
