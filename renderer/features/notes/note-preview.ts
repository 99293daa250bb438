/** How a note reads in a list, where there is room for one line. */

/** A note's first words: its first line of text, skipping the headings a template starts with. */
export function firstLine(body: string): string {
  let heading = '';
  for (const line of body.split('\n', 200)) {
    if (line.trim() === '') continue;
    if (!/^#{1,6}\s/.test(line)) return line.replace(/^[>*\-\s]+/, '');
    heading ||= line.replace(/^[#\s]+/, '');
  }
  return heading;
}
