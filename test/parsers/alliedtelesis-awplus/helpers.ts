import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { alliedTelesisAwplusParser } from '../../../src/parsers/alliedtelesis-awplus/index.js';
import { parserFixtures } from '../parser-fixtures.js';

export { expectFullyUnderstood, filter, iface } from '../parser-fixtures.js';

export const { FIXTURES, fixtureText, parseFixture, parseText, lineOf } = parserFixtures(
  alliedTelesisAwplusParser,
  join(dirname(fileURLToPath(import.meta.url)), 'fixtures'),
  'inline.cfg',
);
