'use client';

/** Opens the browser's print dialog; the page's print styles leave everything but the worksheet off the paper. */
export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" className="button button--primary worksheet-print" onClick={() => window.print()}>
      {label}
    </button>
  );
}
