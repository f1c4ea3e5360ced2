// tsc does not emit the peggy-generated .js files; copy them beside the compiled code.
import { cpSync, existsSync } from 'node:fs';
if (existsSync('src/generated')) cpSync('src/generated', 'dist/generated', { recursive: true });
