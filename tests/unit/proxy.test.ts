import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { proxy } from '@/proxy';

function request(pathname: string, headers: Record<string, string> = {}): NextRequest {
  return new NextRequest(new URL(pathname, 'http://127.0.0.1'), { headers });
}

describe('proxy', () => {
  it('remembers the language of the page read', () => {
    const response = proxy(request('/hi/glossary', { cookie: 'sahpath_lng=en' }));
    expect(response.cookies.get('sahpath_lng')?.value).toBe('hi');
  });

  it.each<Record<string, string>>([{ 'next-router-prefetch': '1', rsc: '1' }, { 'sec-purpose': 'prefetch' }, { purpose: 'prefetch' }])(
    'leaves the remembered language alone for a prefetch (%o)',
    (headers) => {
      const response = proxy(request('/en/glossary', { cookie: 'sahpath_lng=hi', ...headers }));
      expect(response.cookies.get('sahpath_lng')).toBeUndefined();
    },
  );

  it('sends a path without a language to the remembered one', () => {
    const response = proxy(request('/glossary', { cookie: 'sahpath_lng=hi', 'accept-language': 'en' }));
    expect(new URL(response.headers.get('location') ?? '').pathname).toBe('/hi/glossary');
  });
});
