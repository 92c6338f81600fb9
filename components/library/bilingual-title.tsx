/** A passage title in Hindi with its English beneath, each marked with its language. */
export function BilingualTitle({ title, className }: { title: { hi: string; en: string }; className: string }) {
  return (
    <>
      <span lang="hi" className={`${className}-hi`}>
        {title.hi}
      </span>
      <span lang="en" className={`${className}-en`}>
        {title.en}
      </span>
    </>
  );
}
