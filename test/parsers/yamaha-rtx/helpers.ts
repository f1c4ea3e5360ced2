import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { yamahaRtxParser } from '../../../src/parsers/yamaha-rtx/index.js';
import { parserFixtures } from '../parser-fixtures.js';

export { expectFullyUnderstood, filter, iface } from '../parser-fixtures.js';

export const { FIXTURES, fixtureText, parseFixture, parseText, lineOf } = parserFixtures(
  yamahaRtxParser,
  join(dirname(fileURLToPath(import.meta.url)), 'fixtures'),
  'inline.conf',
);
