import { classifyCommand, hostnameComment, parsePrompt, printsConfiguration } from './commands.js';
import { TABLES } from './read-export.js';

/** How many leading lines may be blank or comments before the export's first prompt or header. */
const LOOK_AHEAD = 20;

/**
 * Is this text an operational export rather than a config? Yes when its first line that is not
 * blank or a `!` comment is the header of a table we read (an export pasted without its prompt), or
 * a prompt, and the file's prompts include a command we read (`sw1#show interfaces status`) and none
 * that prints the configuration (`show running-config`). A config never starts so.
 */
export function isOperationalExport(text: string): boolean {
  const lines = text.split(/\r\n|\r|\n/, 200);
  let looked = 0;
  for (const raw of lines) {
    const line = raw.replace(/\s+$/, '');
    if (line.trim() === '') continue;
    if (hostnameComment(line) === undefined && line.startsWith('!')) {
      if (++looked > LOOK_AHEAD) return false;
      continue;
    }
    if (hostnameComment(line) !== undefined) continue;
    const prompt = parsePrompt(line);
    if (prompt) return promptsAreAnExport(text);
    return TABLES.some((t) => t.header.test(line));
  }
  return false;
}

function promptsAreAnExport(text: string): boolean {
  let known = false;
  for (const line of text.split(/\r\n|\r|\n/)) {
    const prompt = parsePrompt(line);
    if (!prompt) continue;
    if (printsConfiguration(prompt.command)) return false;
    if (classifyCommand(prompt.command) !== 'other') known = true;
  }
  return known;
}
