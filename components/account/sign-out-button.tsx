/** A plain form, so signing out works before any script has loaded. */
export function SignOutButton({ lng, label, action }: { lng: string; label: string; action: (form: FormData) => Promise<void> }) {
  return (
    <form action={action} className="sign-out">
      <input type="hidden" name="lng" value={lng} />
      <button type="submit" className="button button--quiet">
        {label}
      </button>
    </form>
  );
}
