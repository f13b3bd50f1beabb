const MAX_NAME = 200;
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])(\..*)?$/i;

/**
 * A client's filename made safe to keep and to hand back: no path, no control characters, none that
 * file systems forbid (`:*?"<>|`), no leading dot, at most 200 characters with the extension kept, letters of any script
 * preserved. Falls back to `file.<ext>` when nothing is left.
 */
export function sanitiseFilename(raw: string, fallbackExt: string): string {
  const base = raw.normalize('NFC').split(/[/\\]/).pop() ?? '';
  let name = base
    .replace(/[^\p{L}\p{M}\p{N}\p{Pi}\p{Pf}._ ()[\],;'&+!#-]/gu, '_')
    .replace(/\s+/g, ' ')
    .replace(/_+/g, '_')
    .replace(/^[.\s]+/, '')
    .replace(/[.\s]+$/, '');
  if (WINDOWS_RESERVED.test(name)) name = `_${name}`;
  if (!name || /^_*$/.test(name.replace(/\.[^.]*$/, ''))) name = `file.${fallbackExt}`;
  const chars = [...name];
  if (chars.length > MAX_NAME) {
    const dot = name.lastIndexOf('.');
    const ext = dot > 0 ? [...name.slice(dot)].slice(0, 16).join('') : '';
    name = chars.slice(0, MAX_NAME - [...ext].length).join('') + ext;
  }
  return name;
}

/** The extension a filename claims, lower case without the dot, or null. */
export function extensionOf(name: string): string | null {
  const m = /\.([^.]{1,16})$/.exec(name);
  return m ? m[1]!.toLowerCase() : null;
}

/**
 * `attachment` with the name in any script (RFC 6266 `filename*`, RFC 8187 encoding) and an ASCII
 * fallback `filename=` for older clients; quotes, backslashes and line breaks can never reach the header.
 */
export function contentDisposition(filename: string): string {
  const ascii =
    filename
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .replace(/[^\x20-\x7e]|["\\%]/g, '_')
      .replace(/_+/g, '_')
      .trim() || 'download';
  const encoded = encodeURIComponent(filename).replace(
    /['()*]/g,
    (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase(),
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
