/**
 * Functions that run inside the page (passed to page.evaluate and friends). The test
 * project's TypeScript has no DOM library, so the little of the browser they touch is
 * declared here, for this module only.
 */
interface PageElement {
  scrollWidth: number;
  scrollHeight: number;
  clientWidth: number;
  outerHTML: string;
  getBoundingClientRect(): { right: number };
  querySelectorAll(selector: string): ArrayLike<PageElement>;
}
declare const document: {
  activeElement: unknown;
  documentElement: PageElement;
  querySelector(selector: string): PageElement;
  addEventListener(type: 'securitypolicyviolation', listener: (event: { violatedDirective: string }) => void): void;
};
declare const window: {
  innerWidth: number;
  scrollTo(x: number, y: number): void;
  reportViolation?(directive: string): void;
};
declare function getComputedStyle(element: PageElement): { fontSize: string; overflowX: string };

export const isFocused = (element: unknown): boolean => element === document.activeElement;

export const rootFontSize = (): string => getComputedStyle(document.documentElement).fontSize;

/** The text of one column of a table's body rows. */
export const columnTexts = (rows: unknown[], column: number): string[] =>
  rows.slice(1).map((row) => (row as { cells: { innerText: string }[] }).cells[column].innerText);

/** What would make a reader scroll sideways or lose text: anything past the window's right edge, or cut off by its box. */
export function sidewaysProblems() {
  const main = document.querySelector('main');
  const inMain = Array.from(main.querySelectorAll('*'));
  const describe = (element: PageElement) => element.outerHTML.slice(0, 80);
  return {
    pageScrollsSideways: document.documentElement.scrollWidth > window.innerWidth,
    mainScrollsSideways: main.scrollWidth > main.clientWidth,
    pastTheRightEdge: inMain
      .filter((element) => element.getBoundingClientRect().right > window.innerWidth + 0.5)
      .map(describe),
    clipped: inMain
      .filter(
        (element) =>
          ['hidden', 'clip'].includes(getComputedStyle(element).overflowX) && element.scrollWidth > element.clientWidth,
      )
      .map(describe),
  };
}

/** Installed before the page loads: reports every Content-Security-Policy refusal to `window.reportViolation`. */
export function reportCspViolations(): void {
  document.addEventListener('securitypolicyviolation', (event) => window.reportViolation?.(event.violatedDirective));
}

/** How tall the whole page is, in CSS pixels. */
export const pageHeight = (): number => document.documentElement.scrollHeight;

/** Scrolls the window to the bottom of the page. */
export const scrollToBottom = (): void => window.scrollTo(0, document.documentElement.scrollHeight);
