import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { ARTICLE_EXTENSIONS } from './sniff-format.js';

/** Directory entries never walked into or read: version control, dependencies, editor files. */
const SKIPPED_NAMES = new Set(['node_modules']);

/**
 * Expands the inputs a user named into the list of things to read, in a stable order: urls and files are
 * kept as given (a file named explicitly is always read and sniffed, whatever its name), and each
 * directory is replaced by its article files, recursively, sorted by name (code-unit order, the same on
 * every machine). Inside directories, hidden files and folders, `node_modules`, and files whose extension
 * is not in `ARTICLE_EXTENSIONS` (files with none are taken) are skipped, so a `meta.json` or an image
 * beside the articles is ignored. Symbolic links to directories are not followed, which rules out cycles.
 * A path that does not exist is kept, so `readInput` reports it as `E_INPUT_NOT_FOUND`. Duplicates are
 * read once.
 */
export async function walkInputs(inputs: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const input of inputs) {
    if (isUrl(input)) {
      out.push(input);
      continue;
    }
    const info = await stat(input).catch(() => undefined);
    if (info?.isDirectory()) out.push(...(await walkDirectory(input)));
    else out.push(input);
  }
  return [...new Set(out)];
}

/** Whether an input names an http(s) url rather than a path. */
export function isUrl(input: string): boolean {
  return /^https?:\/\//i.test(input);
}

async function walkDirectory(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const out: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.') || SKIPPED_NAMES.has(entry.name)) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await walkDirectory(path)));
    else if (isArticleFile(entry.name) && (entry.isFile() || (await isFileLink(path)))) out.push(path);
  }
  return out;
}

function isArticleFile(name: string): boolean {
  const extension = extname(name).toLowerCase();
  return extension === '' || ARTICLE_EXTENSIONS.has(extension);
}

async function isFileLink(path: string): Promise<boolean> {
  const info = await stat(path).catch(() => undefined);
  return info?.isFile() ?? false;
}
