import { MouseEvent, ReactNode, useLayoutEffect, useRef } from 'react';

export interface PageGroup {
  id: string;
  /** the word in the navigation bar, e.g. "Score" */
  label: string;
  /** said after the label, e.g. "(2 unread)" */
  badge?: string;
  content: ReactNode;
}

/**
 * The page's sections in a few groups, with a navigation bar that stays at the top of the
 * window. On a wide screen every group is shown and a link scrolls to its group; on a
 * small one (styles.css, .page-groups) only the chosen group is shown, so the page is a
 * few screens tall instead of dozens. The choice lives in the URL's fragment (#records),
 * so it survives a reload and the browser's back button.
 */
export function SectionNav({
  groups,
  current,
  onChoose,
}: {
  groups: PageGroup[];
  current: string;
  onChoose(id: string): void;
}) {
  // Once the chosen group is shown (on a small screen it was hidden until now), the window and the keyboard go to it.
  const chosen = useRef(false);
  useLayoutEffect(() => {
    if (!chosen.current) return;
    chosen.current = false;
    const group = document.getElementById(`group-${current}`);
    group?.scrollIntoView({ block: 'start' });
    group?.focus({ preventScroll: true });
  }, [current]);

  function choose(event: MouseEvent<HTMLAnchorElement>, id: string) {
    event.preventDefault();
    chosen.current = id !== current;
    onChoose(id);
    window.history.replaceState(null, '', `#${id}`);
    if (id === current) document.getElementById(`group-${id}`)?.scrollIntoView({ block: 'start' });
  }
  return (
    <nav className="section-nav" aria-label="Sections of the page">
      <ul>
        {groups.map((group) => (
          <li key={group.id}>
            <a
              href={`#${group.id}`}
              aria-current={group.id === current ? 'true' : undefined}
              onClick={(event) => choose(event, group.id)}
            >
              {group.label}
              {group.badge && <span className="nav-badge"> {group.badge}</span>}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** The groups themselves; each is a named group of sections, the chosen one marked for small screens. */
export function PageGroups({ groups, current }: { groups: PageGroup[]; current: string }) {
  return (
    <div className="page-groups">
      {groups.map((group) => (
        <div
          key={group.id}
          id={`group-${group.id}`}
          className={group.id === current ? 'sections page-group page-group-current' : 'sections page-group'}
          role="group"
          aria-label={group.label}
          tabIndex={-1}
          data-group={group.id}
        >
          {group.content}
        </div>
      ))}
    </div>
  );
}

/** The group the URL's fragment names, if it is one of the page's. */
export function groupInUrl(ids: readonly string[], hash = window.location.hash): string | null {
  const id = hash.replace(/^#/, '');
  return ids.includes(id) ? id : null;
}
