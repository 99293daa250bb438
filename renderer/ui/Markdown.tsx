import type { MouseEvent } from 'react';
import ReactMarkdown, { type Components } from 'react-markdown';
import { getPlatform } from '../platform/platform.ts';

function openOutside(event: MouseEvent<HTMLAnchorElement>) {
  event.preventDefault();
  getPlatform()
    .openExternal(event.currentTarget.href)
    .catch((error: unknown) => console.warn('Link not opened:', error));
}

/** Links leave the app through the platform, which accepts http(s) only. */
const components: Components = {
  a: ({ href, children }) => (
    <a href={href} onClick={openOutside} rel="noopener noreferrer">
      {children}
    </a>
  ),
};

/** Markdown from notes and published content. Raw HTML is never rendered (skipHtml). */
export function Markdown({ text }: { text: string }) {
  return (
    <div className="markdown">
      <ReactMarkdown skipHtml components={components}>
        {text}
      </ReactMarkdown>
    </div>
  );
}
