'use client';

import { useEffect, useId, useState } from 'react';
import { readStored, writeStored } from '@/lib/browser-storage';
import { isLibraryOrder, libraryOrders, type LibraryOrder } from '@/lib/library';

const storageKey = 'sahpath.library.order';

/**
 * Reorders the server-rendered passage list (newest first) by the reader's choice, remembered on
 * this device. Each item carries its rank in every order, so no passage data reaches the client.
 */
export function LibrarySort({
  listId,
  label,
  optionLabels,
}: {
  listId: string;
  label: string;
  optionLabels: Record<LibraryOrder, string>;
}) {
  const [order, setOrder] = useState<LibraryOrder | null>(null);
  const selectId = useId();

  useEffect(() => {
    const stored = readStored(storageKey);
    setOrder(isLibraryOrder(stored) ? stored : 'newest');
  }, []);

  useEffect(() => {
    const list = document.getElementById(listId);
    if (!list || order === null) return;
    const rankOf = (item: HTMLElement) => Number(item.dataset[`rank${order === 'newest' ? 'Newest' : 'Title'}`]);
    const items = [...list.querySelectorAll<HTMLElement>(':scope > li')];
    items.sort((a, b) => rankOf(a) - rankOf(b));
    list.append(...items);
  }, [listId, order]);

  if (order === null) return null;
  return (
    <p className="library-sort">
      <label htmlFor={selectId}>{label}</label>{' '}
      <select
        id={selectId}
        value={order}
        onChange={(event) => {
          const next = event.target.value;
          if (!isLibraryOrder(next)) return;
          writeStored(storageKey, next);
          setOrder(next);
        }}
      >
        {libraryOrders.map((option) => (
          <option key={option} value={option}>
            {optionLabels[option]}
          </option>
        ))}
      </select>
    </p>
  );
}
