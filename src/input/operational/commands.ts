/**
 * Prompts and the show commands an export holds. A prompt is `host#command`, `host>command`, the
 * FortiOS form `host # command`, or a bare `# command` (as Fortinet's CLI reference prints it); only
 * show/get commands count, so a config line never looks like one.
 */
const PROMPT = /^(?:([A-Za-z0-9][\w.\-]*)(?:\([\w.\-]+\))?\s?)?[#>]\s*((?:sh(?:ow)?|get)\s.*?)\s*$/i;

export type ExportCommand = 'interfaces-status' | 'interface-brief' | 'lldp' | 'cdp' | 'clock' | 'fortigate-physical' | 'other';

export function parsePrompt(line: string): { hostname?: string; command: string } | undefined {
  const m = PROMPT.exec(line);
  if (!m) return undefined;
  return m[1] !== undefined ? { hostname: m[1], command: m[2]! } : { command: m[2]! };
}

const COMMANDS: [RegExp, ExportCommand][] = [
  [/^sh(ow)?\s+int(erfaces?)?\s+status\s*$/i, 'interfaces-status'],
  [/^sh(ow)?\s+int(erfaces?)?\s+br(ief)?\s*$/i, 'interface-brief'],
  [/^sh(ow)?\s+lldp\s+nei(ghbors?)?\s*$/i, 'lldp'],
  [/^sh(ow)?\s+cdp\s+nei(ghbors?)?\s*$/i, 'cdp'],
  [/^sh(ow)?\s+clock\s*$/i, 'clock'],
  [/^get\s+system\s+interface\s+physical\s*$/i, 'fortigate-physical'],
];

/** Commands that print the configuration itself: a file holding one is a config, not an export. */
export function printsConfiguration(command: string): boolean {
  return /^sh(ow)?\s+(run|running-config|start|startup-config|conf|config|configuration|full-configuration)\b/i.test(command);
}

export function classifyCommand(command: string): ExportCommand {
  return COMMANDS.find(([pattern]) => pattern.test(command))?.[1] ?? 'other';
}

/** `! hostname sw1` (or `! hostname: sw1`): how a tool that collects exports names the device. */
export function hostnameComment(line: string): string | undefined {
  return /^!\s*hostname:?\s+(\S+)\s*$/i.exec(line)?.[1];
}
