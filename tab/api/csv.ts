/**
 * CSV for a spreadsheet: a header row, RFC 4180 quoting, CRLF lines and a byte-order mark so Excel reads the
 * Finnish and Swedish letters right. A cell that starts like a formula is prefixed, so a name cannot run one.
 */
export function toCsv(header: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | number | null>>): string {
  const cell = (v: string | number | null) => {
    let s = v === null ? '' : String(v);
    if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
    return /[",\r\n;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return `\uFEFF${[header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
}
