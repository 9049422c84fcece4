const base = require('./jest.config');

/**
 * `npm run test:browser`: the platform driven through Debian's Chromium (playwright-core).
 * One file at a time: each starts a browser and the whole platform on a 2-core machine.
 */
/** @type {import('jest').Config} */
module.exports = {
  ...base,
  roots: ['<rootDir>/test/browser'],
  testPathIgnorePatterns: ['/node_modules/'],
  maxWorkers: 1,
  testTimeout: 120000,
};
