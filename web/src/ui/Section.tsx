import { ReactNode } from 'react';

/** One card of the page: a region named by its heading, so screen readers list it among the landmarks. */
export function Section({
  id,
  title,
  wide = false,
  children,
}: {
  id: string;
  title: string;
  wide?: boolean;
  children: ReactNode;
}) {
  return (
    <section className={wide ? 'card wide' : 'card'} aria-labelledby={`${id}-heading`} data-section={id}>
      <h2 id={`${id}-heading`}>{title}</h2>
      {children}
    </section>
  );
}
