import 'server-only';
import { headers } from 'next/headers';
import { requestHost } from '@/app/request-host';

const HOST = /^[a-z0-9.-]+(:\d{1,5})?$/i;

/** The address students type, as this request reached the site (through the proxy in front, if any). */
export async function requestOrigin(): Promise<string> {
  const list = await headers();
  const host = requestHost(list);
  const proto = list.get('x-forwarded-proto')?.split(',')[0]?.trim() === 'https' ? 'https' : 'http';
  if (HOST.test(host)) return `${proto}://${host}`;
  return process.env.SAHPATH_BASE_URL?.trim().replace(/\/+$/, '') || 'http://localhost:3000';
}

export function joinAddress(origin: string, lng: string, code: string): string {
  return `${origin}/${lng}/join?code=${encodeURIComponent(code)}`;
}
