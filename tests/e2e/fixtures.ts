export const seedSlug = 'anthropic-safeguards-head-resigns';
export const readerPath = (lng: 'en' | 'hi') => `/${lng}/read/${seedSlug}`;
