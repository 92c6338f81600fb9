/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  experimental: {
    // The stylesheet travels in the page instead of as a render-blocking request: the reader paints sooner.
    inlineCss: true,
  },
  // The pronouncing dictionary and the English lexicon are megabytes of data: load them from
  // node_modules, never bundle them.
  // PGlite loads its WebAssembly Postgres and data files from its own package at run time.
  // Piscina starts its worker threads from a file of its own package.
  serverExternalPackages: ['cmu-pronouncing-dictionary', 'en-lexicon', '@electric-sql/pglite', 'piscina'],
};

module.exports = nextConfig;
