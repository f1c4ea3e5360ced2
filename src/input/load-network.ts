import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import type { Device, Diagnostic, InputFile, Network, VendorId } from '../model/index.js';
import { diagnostic } from '../model/index.js';
import { detectVendor } from '../parsers/detect.js';
import { parserFor } from '../parsers/registry.js';
import { collectConfigFiles, displayPath } from './collect.js';
import { decodeBytes } from './decode.js';
import { attachExports } from './operational/attach.js';
import type { OperationalExport } from './operational/export.js';
import { readOperationalExport } from './operational/read-export.js';
import { isOperationalExport } from './operational/recognise.js';

/** Lines longer than this are not handed to a grammar (a 10 MB line is not a config line). */
export const MAX_LINE_LENGTH = 16 * 1024;

export interface LoadOptions {
  /** Force a vendor instead of detecting it. */
  vendor?: VendorId;
}

/** Read, decode, detect and parse one file. Never throws: every problem is a diagnostic. */
export function loadConfigFile(
  path: string,
  options: LoadOptions = {},
): { device?: Device; operationalExport?: OperationalExport; input: InputFile; diagnostics: Diagnostic[] } {
  const file = displayPath(path);
  const diagnostics: Diagnostic[] = [];
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    diagnostics.push(diagnostic(file, 0, '', `cannot read file: ${(e as Error).message} / ファイルを読めません`, 'unreadable', 'error'));
    return { input: { path: file, size: 0, sha256: '', status: 'error' }, diagnostics };
  }
  const input: InputFile = {
    path: file,
    size: bytes.length,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    status: 'skipped',
  };
  const decoded = decodeBytes(bytes);
  if ('error' in decoded) {
    diagnostics.push(diagnostic(file, 0, '', decoded.reason, decoded.error === 'empty' ? 'empty-file' : 'binary-file', 'error'));
    return { input, diagnostics };
  }
  input.encoding = decoded.encoding;

  const text = limitLineLength(decoded.text, file, diagnostics);
  // `show interfaces status` and the like beside a config: facts for the config's device, not a config.
  if (isOperationalExport(text)) return readExport(text, file, input, diagnostics);
  const vendor = options.vendor ?? detectVendor(text).vendor;
  if (!vendor) {
    diagnostics.push(diagnostic(file, 0, '', 'vendor not recognised from content; use --vendor to force one / ベンダを判別できません', 'unknown-vendor', 'error'));
    return { input, diagnostics };
  }
  input.vendor = vendor;
  const parser = parserFor(vendor);
  if (!parser) {
    diagnostics.push(diagnostic(file, 0, '', `looks like ${vendor}, which has no parser yet / このベンダの解析は未対応です`, 'unsupported-vendor', 'error'));
    return { input, diagnostics };
  }
  try {
    const result = parser.parse(text, file);
    input.status = 'parsed';
    return { device: result.device, input, diagnostics: [...diagnostics, ...result.diagnostics] };
  } catch (e) {
    // A parser must never throw; if one does, the file is reported and the run goes on.
    input.status = 'error';
    diagnostics.push(diagnostic(file, 0, '', `parser failed: ${(e as Error).message} / 解析中にエラー`, 'parser-crash', 'error'));
    return { input, diagnostics };
  }
}

function readExport(text: string, file: string, input: InputFile, diagnostics: Diagnostic[]) {
  input.kind = 'operational-export';
  try {
    const operationalExport = readOperationalExport(text, file);
    input.status = 'parsed';
    return { operationalExport, input, diagnostics: [...diagnostics, ...operationalExport.diagnostics] };
  } catch (e) {
    input.status = 'error';
    diagnostics.push(diagnostic(file, 0, '', `operational export reader failed: ${(e as Error).message} / 運用出力の読み取り中にエラー`, 'parser-crash', 'error'));
    return { input, diagnostics };
  }
}

function limitLineLength(text: string, file: string, diagnostics: Diagnostic[]): string {
  if (text.length <= MAX_LINE_LENGTH) return text;
  const lines = text.split(/\r\n|\r|\n/);
  let changed = false;
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.length > MAX_LINE_LENGTH) {
      diagnostics.push(diagnostic(file, i + 1, lines[i]!.slice(0, 80) + '…', `line of ${lines[i]!.length} characters is too long to be a config line; skipped / 行が長すぎるため読み飛ばしました`, 'line-too-long', 'error'));
      lines[i] = '';
      changed = true;
    }
  }
  return changed ? lines.join('\n') : text;
}

/** Load every config under the given paths into one Network. */
export function loadNetwork(paths: string[], options: LoadOptions = {}): Network {
  const { files, diagnostics } = collectConfigFiles(paths);
  const network: Network = { devices: [], inputs: [], diagnostics: [...diagnostics] };
  const exports: OperationalExport[] = [];
  for (const path of files) {
    const { device, operationalExport, input, diagnostics: d } = loadConfigFile(path, options);
    network.inputs.push(input);
    network.diagnostics.push(...d);
    if (device) network.devices.push(device);
    if (operationalExport) exports.push(operationalExport);
  }
  dedupeHostnames(network);
  attachExports(network.devices, exports, network.diagnostics);
  return network;
}

/** Two files with one hostname would make findings ambiguous: name the second `host (file)`. */
function dedupeHostnames(network: Network): void {
  const seen = new Map<string, string>();
  for (const device of network.devices) {
    if (!device.hostname) device.hostname = device.file.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
    const first = seen.get(device.hostname);
    if (first !== undefined) {
      network.diagnostics.push(
        diagnostic(device.file, device.source.line, device.source.text, `hostname ${device.hostname} already used by ${first}; reported as ${device.hostname} (${device.file}) / ホスト名が重複しています`, 'duplicate-hostname', 'warning'),
      );
      device.hostname = `${device.hostname} (${device.file})`;
    } else {
      seen.set(device.hostname, device.file);
    }
  }
}
