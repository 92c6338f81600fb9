import { describe, expect, it } from 'vitest';
import { crossOriginResponse, ifNoneMatchNames, languageOfRequest, refusalJson } from '@/app/api/response';

const conditional = (value: string) => new Request('http://localhost/api/speech', { headers: { 'if-none-match': value } });

describe('the API’s JSON answers', () => {
  it('answer a refusal with its code, message, fields and Retry-After, never to be stored', async () => {
    const response = refusalJson({ error: 'too-many-requests', message: 'Wait.', status: 429, retryAfterSeconds: 40, fields: ['text'] });
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('40');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toEqual({ error: 'too-many-requests', message: 'Wait.', fields: ['text'] });
    const plain = refusalJson({ error: 'not-found', message: 'No.', status: 404 });
    expect(plain.headers.get('retry-after')).toBeNull();
    expect(await plain.json()).toEqual({ error: 'not-found', message: 'No.' });
    expect(crossOriginResponse().status).toBe(403);
  });

  it('take the language from the body, else from Accept-Language', () => {
    const request = new Request('http://localhost/', { headers: { 'accept-language': 'hi-IN,hi;q=0.9' } });
    expect(languageOfRequest({ lng: 'en' }, request)).toBe('en');
    expect(languageOfRequest({ lng: 'fr' }, request)).toBe('hi');
    expect(languageOfRequest(undefined, request)).toBe('hi');
  });

  it('know a conditional request that already holds an entity tag, weak or in a list', () => {
    expect(ifNoneMatchNames(conditional('"abc"'), '"abc"')).toBe(true);
    expect(ifNoneMatchNames(conditional('"x", W/"abc"'), '"abc"')).toBe(true);
    expect(ifNoneMatchNames(conditional('*'), '"abc"')).toBe(true);
    expect(ifNoneMatchNames(conditional('"abd"'), '"abc"')).toBe(false);
    expect(ifNoneMatchNames(new Request('http://localhost/'), '"abc"')).toBe(false);
  });
});
