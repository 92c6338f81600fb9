/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The pronouncing dictionary is several megabytes of data: load it from node_modules, never bundle it.
  serverExternalPackages: ['cmu-pronouncing-dictionary'],
};

module.exports = nextConfig;
