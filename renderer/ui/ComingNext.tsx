import type { ReactNode } from 'react';

/**
 * A screen whose feature is not built yet says plainly what it will hold, with no sample
 * data and no buttons that do nothing.
 */
export function ComingNext({ title, children, items }: { title: string; children: ReactNode; items: string[] }) {
  return (
    <section aria-labelledby="screen-title">
      <h1 id="screen-title">{title}</h1>
      <div className="coming-next">
        <p>{children}</p>
        <p>This screen is not built yet. It will hold:</p>
        <ul>
          {items.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      </div>
    </section>
  );
}
