import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fortigateParser } from '../../../src/parsers/fortigate/index.js';
import { parserFixtures } from '../parser-fixtures.js';

export { expectFullyUnderstood, filter, iface } from '../parser-fixtures.js';

export const { FIXTURES, fixtureText, parseFixture, parseText, lineOf } = parserFixtures(
  fortigateParser,
  join(dirname(fileURLToPath(import.meta.url)), 'fixtures'),
  'inline.conf',
);

export const SCHOOL = 'school-center.conf';
